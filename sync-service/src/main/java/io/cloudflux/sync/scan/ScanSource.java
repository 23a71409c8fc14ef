package io.cloudflux.sync.scan;

import java.util.ArrayList;
import java.util.List;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ListPage;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.sync.catalog.Observation;
import io.cloudflux.sync.clouds.ListRateLimiter;
import io.cloudflux.sync.clouds.ScanScope;

/**
 * Where a scan's pages come from: one bucket prefix of one account, listed within the account's call rate — or, for
 * a REPORT run, read from the bucket's latest inventory report (see {@link InventoryReportPages}).
 */
class ScanSource {

    private final ScanScope scope;
    private final StorageAdapter adapter;
    private final ListRateLimiter limiter;
    private final int pageSize;
    private final InventoryReportPages report;

    ScanSource(ScanScope scope, StorageAdapter adapter, ListRateLimiter limiter, int pageSize,
            InventoryReportPages report) {
        this.scope = scope;
        this.adapter = adapter;
        this.limiter = limiter;
        this.pageSize = pageSize;
        this.report = report;
    }

    ScanScope scope() {
        return scope;
    }

    StorageAdapter adapter() {
        return adapter;
    }

    /** The page at {@code token}, or the first page for null. */
    SourcePage page(ScanMode mode, String token) {
        if (mode == ScanMode.REPORT) {
            if (report == null) {
                throw new IllegalStateException(scope + " has no inventory report configured");
            }
            return report.page(token, pageSize);
        }
        throttle();
        ListPage listed = adapter.list(scope.bucket(), scope.prefix(), token, pageSize);
        List<Observation> observed = new ArrayList<>(listed.objects().size());
        for (ObjectInfo info : listed.objects()) {
            observed.add(Observation.of(scope.account(), adapter, info));
        }
        return new SourcePage(observed, listed.nextPageToken());
    }

    /**
     * An object seen for the first time, with the checksums its listing did not give (S3 lists an ETag, which is an MD5
     * only for some encryptions, so the adapter reports none): without them a copy of a catalogued object could not be
     * told by its content. One HEAD per new object, within the call rate; an object gone since the listing stays as
     * listed.
     */
    Observation firstSight(Observation listed) {
        if (listed.sizeBytes() == 0 || !listed.checksums().equals(Checksums.NONE)) {
            return listed;
        }
        try {
            return Observation.of(scope.account(), adapter, head(listed.location().key()));
        }
        catch (NotFoundException e) {
            return listed;
        }
    }

    /** HEAD of a key of this bucket, within the call rate. */
    ObjectInfo head(String key) {
        throttle();
        return adapter.head(new ObjectKey(scope.bucket(), key));
    }

    private void throttle() {
        try {
            limiter.acquire();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the list-call rate", e);
        }
    }
}
