package io.cloudflux.sync.catalog;

import java.time.Instant;
import java.util.Objects;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;

/**
 * A request to point an object at a new location, granted only while the catalog still has it at
 * {@code expected}: the compare-and-set a mover (a migration job, a repair) makes once the new copy is verified.
 *
 * @param target       where the object is now; equal to {@code expected} for a class change in place
 * @param account      the configured account of {@code target}
 * @param lastModified when the target's content was written
 * @param reason       MIGRATED, REPOINTED...
 * @param actor        who asks: a jobId, a repair
 */
public record LocationSwitch(String objectId, Location expected, Location target, String account, long sizeBytes,
        String storageClass, String etag, String version, Checksums checksums, Instant lastModified, String reason,
        String actor) {

    public LocationSwitch {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(storageClass, "storageClass");
        Objects.requireNonNull(checksums, "checksums");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(reason, "reason");
    }
}
