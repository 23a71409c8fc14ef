package io.cloudflux.sync.catalog;

import java.time.Instant;

import io.cloudflux.events.Location;

/**
 * A location an object left.
 *
 * @param reason MIGRATED (a mover switched it), REPOINTED (reconciliation found it moved by hand)
 * @param actor  who switched it: the migration job, or the repair
 */
public record HistoryEntry(Location location, String storageClass, Instant from, Instant until, String reason,
        String actor) {
}
