package io.cloudflux.storage.gcp;

import java.util.EnumSet;
import java.util.Set;

import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageAdapterContract;
import io.cloudflux.storage.TransferSettings;

/**
 * The contract on google-cloud-nio's in-memory fake of the GCS API: the only GCS stand-in our registries hold. It
 * runs the real client and the adapter's code, but not a GCS server: docs/storage.md lists what it cannot check.
 */
class GcsStorageAdapterContractTest extends StorageAdapterContract {

    @Override
    protected StorageAdapter createAdapter(TransferSettings transfer) {
        return new GcsStorageAdapter(LocalStorageHelper.getOptions().getService(),
                new GcsConfig("contract", null, null, transfer));
    }

    @Override
    protected void createBucket(StorageAdapter adapter, String bucket) {
        // The fake has no bucket API: every bucket exists.
    }

    @Override
    protected String defaultClass() {
        return "STANDARD";
    }

    @Override
    protected String colderClass() {
        return "NEARLINE";
    }

    @Override
    protected Set<ServerGap> gaps() {
        return EnumSet.of(ServerGap.NO_CHECKSUMS_ON_CHUNKED_UPLOADS, ServerGap.NO_PRECONDITIONS, ServerGap.NO_PAGING,
                ServerGap.ABANDONED_UPLOADS_VISIBLE);
    }
}
