package io.cloudflux.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The catalog's current answer for one object: where it is, in which class, with which content;
 * the value of {@link Topics#CATALOG}, compacted so that it always holds every object's latest location.
 *
 * @param previousLocation where the catalog had it before, when this event records a move
 */
public record ObjectLocated(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String objectId,
        Location location,
        String storageClass,
        long sizeBytes,
        Checksums checksums,
        @Nullable Location previousLocation) implements CloudFluxEvent {

    public ObjectLocated {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.notBlank(objectId, "objectId");
        Check.required(location, "location");
        Check.notBlank(storageClass, "storageClass");
        Check.notNegative(sizeBytes, "sizeBytes");
        Check.required(checksums, "checksums");
    }
}
