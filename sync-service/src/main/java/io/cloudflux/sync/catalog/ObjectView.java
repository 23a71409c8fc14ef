package io.cloudflux.sync.catalog;

import java.time.Instant;
import java.util.List;

import io.cloudflux.events.Checksums;

/**
 * A catalogued object as the internal API shows it.
 *
 * @param history the locations it left, oldest first; absent from lists
 */
record ObjectView(String objectId, String location, String provider, String account, String bucket, String key,
        long sizeBytes, String storageClass, String etag, String version, Checksums checksums, Instant lastModified,
        Instant firstSeen, Instant locatedAt, Instant updatedAt, ObjectState state, List<HistoryView> history) {

    static ObjectView of(CatalogEntry e, List<HistoryEntry> history) {
        return new ObjectView(e.objectId(), e.location().toString(), e.location().provider().name(), e.account(),
                e.bucket(), e.key(), e.sizeBytes(), e.storageClass(), e.etag(), e.version(), e.checksums(),
                e.lastModified(), e.firstSeen(), e.locatedAt(), e.updatedAt(), e.state(),
                history == null ? null : history.stream().map(HistoryView::of).toList());
    }

    record HistoryView(String location, String storageClass, Instant from, Instant until, String reason,
            String actor) {

        static HistoryView of(HistoryEntry h) {
            return new HistoryView(h.location().toString(), h.storageClass(), h.from(), h.until(), h.reason(),
                    h.actor());
        }
    }
}
