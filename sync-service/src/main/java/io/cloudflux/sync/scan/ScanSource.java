package io.cloudflux.sync.scan;

import io.cloudflux.storage.ListPage;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.sync.catalog.Observation;
import io.cloudflux.sync.clouds.ListRateLimiter;
import io.cloudflux.sync.clouds.ScanScope;

/** Where a scan's pages come from: one bucket prefix of one account, listed within the account's call rate. */
class ScanSource {

    private final ScanScope scope;
    private final StorageAdapter adapter;
    private final ListRateLimiter limiter;
    private final int pageSize;

    ScanSource(ScanScope scope, StorageAdapter adapter, ListRateLimiter limiter, int pageSize) {
        this.scope = scope;
        this.adapter = adapter;
        this.limiter = limiter;
        this.pageSize = pageSize;
    }

    ScanScope scope() {
        return scope;
    }

    StorageAdapter adapter() {
        return adapter;
    }

    /** The page at {@code token}, or the first page for null. */
    ListPage page(String token) {
        throttle();
        return adapter.list(scope.bucket(), scope.prefix(), token, pageSize);
    }

    /** HEAD of a key of this bucket, within the call rate. */
    ObjectInfo head(String key) {
        throttle();
        return adapter.head(new ObjectKey(scope.bucket(), key));
    }

    Observation observation(ObjectInfo info) {
        return Observation.of(scope.account(), adapter, info);
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
