package io.cloudflux.storage.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.BlobCopyInfo;
import com.azure.storage.blob.models.BlobListDetails;
import com.azure.storage.blob.models.CopyStatusType;
import com.azure.storage.blob.models.ListBlobsOptions;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TestContent;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.storage.TransientException;
import io.cloudflux.testsupport.emulators.AzureBlobEndpoint;
import io.cloudflux.testsupport.emulators.AzuriteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the Azure adapter must never do behind the caller's back, on Azurite. */
class AzureBlobStorageAdapterIT {

    private static StorageAdapter azure;
    private static BlobServiceClient service;
    private static String bucket;

    @BeforeAll
    static void start() {
        AzureBlobEndpoint endpoint = AzuriteServer.endpoint();
        AzureConfig config = AzureConfig.connectionString(endpoint.accountName(), endpoint.connectionString())
                .withTransfer(new TransferSettings(1 << 20, 256 << 10));
        azure = new AzureBlobStorageAdapter(config);
        service = AzureBlobStorageAdapter.serviceClient(config);
        bucket = "az-" + UUID.randomUUID().toString().substring(0, 8);
        azure.createBucket(bucket);
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    @Test
    void shouldNeverDeleteSnapshotsImplicitly() {
        ObjectKey key = new ObjectKey(bucket, "with-snapshot");
        azure.put(key, new ByteArrayInputStream(TestContent.bytes(100, 1)), 100, PutOptions.defaults());
        BlobClient blob = service.getBlobContainerClient(bucket).getBlobClient(key.key());
        blob.createSnapshot();

        assertThatThrownBy(() -> azure.delete(key, Precondition.none())).isInstanceOf(PermanentException.class);

        assertThat(blob.exists()).isTrue();
        assertThat(service.getBlobContainerClient(bucket).listBlobs(new ListBlobsOptions().setPrefix(key.key())
                .setDetails(new BlobListDetails().setRetrieveSnapshots(true)), null).stream()
                .filter(item -> item.getSnapshot() != null)).hasSize(1);
    }

    @Test
    void shouldFailASameAccountCopyThatEndedOtherwiseThanInSuccess() {
        for (CopyStatusType status : new CopyStatusType[] {CopyStatusType.FAILED, CopyStatusType.ABORTED,
                CopyStatusType.PENDING}) {
            BlobCopyInfo ended = new BlobCopyInfo("src", "id", status, "\"etag\"", OffsetDateTime.now(), "500 boom");

            assertThatThrownBy(() -> AzureServerSideCopy.requireCopied("copy a to b", ended))
                    .isInstanceOf(TransientException.class).hasMessageContaining(status.toString());
        }
        AzureServerSideCopy.requireCopied("copy a to b",
                new BlobCopyInfo("src", "id", CopyStatusType.SUCCESS, "\"etag\"", OffsetDateTime.now(), null));
    }
}
