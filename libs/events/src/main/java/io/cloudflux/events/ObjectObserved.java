package io.cloudflux.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An inventory scan saw the object at this location, with this size, class and content.
 *
 * @param storageClass the provider's own name of the class, e.g. {@code GLACIER_IR}, {@code Cool}, {@code NEARLINE}
 * @param versionId    the provider's version id, when versioning is on
 * @param etag         the provider's ETag as reported, quotes removed; not necessarily an MD5
 */
public record ObjectObserved(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String objectId,
        Location location,
        long sizeBytes,
        String storageClass,
        Checksums checksums,
        Instant lastModified,
        @Nullable String versionId,
        @Nullable String etag) implements InventoryEvent {

    public ObjectObserved {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.notBlank(objectId, "objectId");
        Check.required(location, "location");
        Check.notNegative(sizeBytes, "sizeBytes");
        Check.notBlank(storageClass, "storageClass");
        Check.required(checksums, "checksums");
        Check.required(lastModified, "lastModified");
        Check.nullOrNotBlank(versionId, "versionId");
        Check.nullOrNotBlank(etag, "etag");
    }
}
