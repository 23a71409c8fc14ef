package io.cloudflux.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

import java.time.Instant;
import java.util.UUID;

/**
 * A value on one of the CloudFlux topics: every event has an id to deduplicate on, the time it
 * occurred, the version of its schema, and the objectId that is its Kafka key.
 *
 * <p>In JSON every event carries a {@code type} property naming its record, so that a consumer can
 * always tell what it got, also on the topics that carry several types. The names are part of the
 * contract: renaming a record must not change them. A reader that asks for a concrete record
 * accepts a value without {@code type}; one that asks for a polymorphic type needs it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
@JsonSubTypes({
        @JsonSubTypes.Type(value = AccessEvent.class, name = "AccessEvent"),
        @JsonSubTypes.Type(value = ObjectObserved.class, name = "ObjectObserved"),
        @JsonSubTypes.Type(value = ObjectRemoved.class, name = "ObjectRemoved"),
        @JsonSubTypes.Type(value = AccessForecast.class, name = "AccessForecast"),
        @JsonSubTypes.Type(value = ObjectClassified.class, name = "ObjectClassified"),
        @JsonSubTypes.Type(value = MigrationRequested.class, name = "MigrationRequested"),
        @JsonSubTypes.Type(value = MigrationProgressed.class, name = "MigrationProgressed"),
        @JsonSubTypes.Type(value = MigrationCompleted.class, name = "MigrationCompleted"),
        @JsonSubTypes.Type(value = MigrationFailed.class, name = "MigrationFailed"),
        @JsonSubTypes.Type(value = ObjectLocated.class, name = "ObjectLocated")
})
public sealed interface CloudFluxEvent
        permits AccessEvent, InventoryEvent, AccessForecast, ObjectClassified, MigrationRequested, MigrationEvent, ObjectLocated {

    /** The schema version this library writes. */
    int SCHEMA_VERSION = 1;

    /** Unique per event; consumers deduplicate redeliveries on it. */
    UUID eventId();

    /** When the producer emitted the event. */
    Instant occurredAt();

    /** The version of the event's schema, {@value #SCHEMA_VERSION} today. */
    int schemaVersion();

    /** The logical id of the object the event is about. */
    String objectId();

    /** The Kafka record key: the objectId, so that all events of one object stay in order on one partition. */
    default String key() {
        return objectId();
    }
}
