package io.cloudflux.sync.scan;

import java.time.Instant;

import io.cloudflux.sync.clouds.ScanScope;

/**
 * One scan of one scope, as persisted after its last committed page.
 *
 * @param pageToken    the token that fetches the next page, or null before the first page
 * @param lastKey      the last key of the last committed page
 * @param listingDone  the listing reached its end; only the sweep remains
 * @param activeMillis time spent running, over all its attempts
 */
public record ScanRun(long id, ScanScope scope, ScanMode mode, String trigger, ScanState state, Instant startedAt,
        Instant finishedAt, Instant updatedAt, String pageToken, String lastKey, boolean listingDone, long pages,
        long objectsSeen, long bytesSeen, long objectsNew, long objectsChanged, long objectsMissing, long leftovers,
        long errors, String lastError, long activeMillis) {

    /** Objects seen per second of running time. */
    public double objectsPerSecond() {
        return activeMillis == 0 ? 0 : objectsSeen * 1000.0 / activeMillis;
    }
}
