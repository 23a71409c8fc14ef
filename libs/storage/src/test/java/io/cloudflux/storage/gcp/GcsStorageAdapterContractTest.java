package io.cloudflux.storage.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageAdapterContract;
import io.cloudflux.storage.TransferSettings;
import org.junit.jupiter.api.Test;

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

    /**
     * NO_PRECONDITIONS: the fake keeps no generations and refuses any precondition on a single-request upload
     * (UnsupportedOperationException); it checks ifGenerationMatch only when a resumable upload starts, never at
     * its finalization as GCS does.
     */
    @Override
    protected Set<ServerGap> gaps() {
        return EnumSet.of(ServerGap.NO_CHECKSUMS_ON_CHUNKED_UPLOADS, ServerGap.NO_PRECONDITIONS, ServerGap.NO_PAGING,
                ServerGap.ABANDONED_UPLOADS_VISIBLE);
    }

    @Test
    void shouldKeepContentTypeAndMetadataThroughARewriteAndAClassChange() {
        com.google.cloud.storage.Storage storage = LocalStorageHelper.getOptions().getService();
        GcsStorageAdapter gcs = new GcsStorageAdapter(storage, new GcsConfig("meta", null, null, transfer()));
        ObjectKey source = new ObjectKey("meta", "source");
        gcs.put(source, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, PutOptions.defaults()
                .withContentType("text/csv").withMetadata(Map.of("owner", "billing")));

        gcs.copy(source, new ObjectKey("meta", "copy"), "NEARLINE");
        gcs.changeStorageClass(source, "COLDLINE");

        for (String name : new String[] {"copy", "source"}) {
            Blob blob = storage.get(BlobId.of("meta", name));
            assertThat(blob.getContentType()).isEqualTo("text/csv");
            assertThat(blob.getMetadata()).containsEntry("owner", "billing");
        }
    }

    @Test
    void shouldAcceptClassNamesInAnyCaseAndRefuseUnknownOnesAsAStorageError() {
        ObjectKey key = new ObjectKey("classes", "lower");
        adapter().put(key, new ByteArrayInputStream(new byte[] {1}), 1, PutOptions.defaults()
                .withStorageClass("nearline"));

        assertThat(adapter().head(key).storageClass()).isEqualTo("NEARLINE");
        assertThatThrownBy(() -> adapter().changeStorageClass(key, "FROZEN"))
                .isInstanceOf(PermanentException.class);
    }

    @Test
    void shouldAnswerAGuardedDeleteOfAnObjectAlreadyDeletedWithNotFound() {
        // The fake keeps no generations, so the contract's retried-delete test is skipped here; a generation given
        // by hand still sends the guarded delete, which the fake answers as GCS does for a missing object (404).
        ObjectKey key = new ObjectKey("deletes", "twice");
        adapter().put(key, new ByteArrayInputStream(new byte[] {1}), 1, PutOptions.defaults());
        Precondition generation = new Precondition(null, "1");

        adapter().delete(key, generation);

        assertThatThrownBy(() -> adapter().delete(key, generation)).isInstanceOf(NotFoundException.class);
        adapter().delete(key, Precondition.none());
    }
}
