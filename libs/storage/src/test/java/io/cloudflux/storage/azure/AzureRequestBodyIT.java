package io.cloudflux.storage.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TestContent;
import io.cloudflux.storage.TransferSettings;
import org.junit.jupiter.api.Test;

/**
 * Put Blob and Put Block bodies are our own buffers, sent as 8 KiB slices of them ({@code BlockBlobWrites.body}): a
 * body that ends inside a slice, and a block shorter than its buffer (the last one), must send exactly their bytes.
 * Written to Azurite, which checks each body's MD5, and read back.
 */
class AzureRequestBodyIT {

    private static final int BLOCK = 896 << 10;

    @Test
    void shouldWritePutBlobsAndBlocksOfOddSizesWithoutLosingOrMovingAByte() {
        // Put Blob up to 2 MiB; 896 KiB blocks, so the last block of each blob is short and ends inside the buffer.
        StorageAdapter azure = AzureBlobStorageAdapterContractIT.azurite(new TransferSettings(2L << 20, BLOCK));
        String bucket = "bodies-" + UUID.randomUUID().toString().substring(0, 8);
        azure.createBucket(bucket);
        for (int size : new int[] {(256 << 10) + 1, (2 << 20) - 3, (3 << 20) + 12_345}) {
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
}
