package io.cloudflux.storage.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.UUID;

import com.azure.core.util.BinaryData;
import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TestContent;
import io.cloudflux.storage.TransferSettings;
import org.junit.jupiter.api.Test;

/**
 * Request bodies above one slice go to the SDK as slices of our buffer ({@link AzureBlobStorageAdapter#body}); the
 * contract's 256 KiB parts never take that path, so here Put Blobs and Put Blocks of several slices, with a short
 * last slice, are written to Azurite (which checks each body's MD5) and read back.
 */
class AzureRequestBodyIT {

    private static final int SLICE = AzureBlobStorageAdapter.BODY_SLICE;

    @Test
    void shouldSliceALargeBodyWithoutLosingOrMovingAByte() {
        byte[] bytes = TestContent.bytes(3 * SLICE + 17, 1);

        ByteBuffer sent = AzureBlobStorageAdapter.body(bytes, 2 * SLICE + 5).toByteBuffer();

        assertThat(sent.remaining()).isEqualTo(2 * SLICE + 5);
        byte[] copy = new byte[sent.remaining()];
        sent.get(copy);
        assertThat(copy).isEqualTo(java.util.Arrays.copyOf(bytes, 2 * SLICE + 5));
        assertThat(AzureBlobStorageAdapter.body(bytes, 100).getLength()).isEqualTo(100);
        assertThat(AzureBlobStorageAdapter.body(bytes, bytes.length).getLength()).isEqualTo(bytes.length);
    }

    @Test
    void shouldWriteSlicedPutBlobsAndBlocksToAzurite() {
        // Put Blob up to 2 MiB; blocks of 3.5 slices, so a block ends inside a slice and the last block is short.
        StorageAdapter azure = AzureBlobStorageAdapterContractIT.azurite(
                new TransferSettings(2L << 20, 3 * SLICE + SLICE / 2));
        String bucket = "bodies-" + UUID.randomUUID().toString().substring(0, 8);
        azure.createBucket(bucket);
        for (int size : new int[] {SLICE + 1, (2 << 20) - 3, (3 << 20) + 12_345}) {
            byte[] bytes = TestContent.bytes(size, size);
            ObjectKey key = new ObjectKey(bucket, "object-" + size);
            for (Checksums expected : new Checksums[] {Checksums.NONE, TestContent.checksumsOf(bytes)}) {
                PutResult written = azure.put(key, new ByteArrayInputStream(bytes), size,
                        PutOptions.defaults().withExpected(expected));

                assertThat(written.size()).isEqualTo(size);
                assertThat(TestContent.readAll(azure, key)).isEqualTo(bytes);
                assertThat(azure.head(key).checksums().md5()).isEqualTo(TestContent.checksumsOf(bytes).md5());
            }
        }
    }

    @Test
    void shouldKeepSmallBodiesWhole() {
        byte[] bytes = TestContent.bytes(SLICE, 2);

        assertThat(BinaryData.fromBytes(bytes).toBytes()).isEqualTo(AzureBlobStorageAdapter.body(bytes, SLICE)
                .toBytes());
    }
}
