package io.cloudflux.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An inventory scan found the object gone from this location (or this version of it gone).
 *
 * @param removedAt when it was removed, as far as the scan can tell
 * @param versionId the removed version, when versioning is on
 */
public record ObjectRemoved(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String objectId,
        Location location,
        Instant removedAt,
        @Nullable String versionId) implements InventoryEvent {

    public ObjectRemoved {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.notBlank(objectId, "objectId");
        Check.required(location, "location");
        Check.required(removedAt, "removedAt");
        Check.nullOrNotBlank(versionId, "versionId");
    }
}
