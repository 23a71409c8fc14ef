package io.cloudflux.storage.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.ExpectedLengthInputStream;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TestContent;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.storage.aws.S3Config;
import io.cloudflux.storage.aws.S3StorageAdapter;
import io.cloudflux.storage.azure.AzureBlobStorageAdapter;
import io.cloudflux.storage.azure.AzureConfig;
import io.cloudflux.testsupport.emulators.AzureBlobEndpoint;
import io.cloudflux.testsupport.emulators.AzuriteServer;
import io.cloudflux.testsupport.emulators.S3Endpoint;
import io.cloudflux.testsupport.emulators.S3MockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * S3 → Azure without an MD5 of ours: the S3 get reports the source's stored CRC32C, and the Azure put checks the
 * content against the source's MD5 (Put Blob's Content-MD5, checked by the service) or CRC32C (a block blob's, checked
 * before the block list is committed) — and fails, writing nothing, when the content is not the source's.
 */
class S3ToAzureVerifiedCopyIT {

    private static final TransferSettings S3_TRANSFER = new TransferSettings(5 << 20, 5 << 20);
    private static final TransferSettings AZURE_TRANSFER = new TransferSettings(1 << 20, 256 << 10);

    private static StorageAdapter s3;
    private static StorageAdapter azure;

    @BeforeAll
    static void start() {
        S3Endpoint s3Endpoint = S3MockServer.endpoint();
        s3 = new S3StorageAdapter(S3Config.compatible(s3Endpoint.endpoint(), s3Endpoint.region(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(s3Endpoint.accessKeyId(),
                        s3Endpoint.secretKey()))).withTransfer(S3_TRANSFER));
        AzureBlobEndpoint azEndpoint = AzuriteServer.endpoint();
        azure = new AzureBlobStorageAdapter(AzureConfig.connectionString(azEndpoint.accountName(),
                azEndpoint.connectionString()).withTransfer(AZURE_TRANSFER));
        s3.createBucket("expected-src");
        azure.createBucket("expected-dst");
    }

    @AfterAll
    static void stop() {
        s3.close();
        azure.close();
    }

    @Test
    void shouldReportTheStoredCrc32cOfTheVersionAWholeGetReads() throws IOException {
        byte[] bytes = TestContent.bytes(300_000, 11);
        ObjectKey key = new ObjectKey("expected-src", "whole");
        s3.put(key, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());

        try (InputStream in = s3.get(key)) {
            assertThat(ExpectedLengthInputStream.storedChecksumsOf(in).crc32c())
                    .isEqualTo(TestContent.checksumsOf(bytes).crc32c());
        }
        try (InputStream in = s3.get(key, new io.cloudflux.storage.ByteRange(10, 100),
                io.cloudflux.storage.Precondition.none())) {
            assertThat(ExpectedLengthInputStream.storedChecksumsOf(in)).isEqualTo(Checksums.NONE);
        }
    }

    @Test
    void shouldCopySingleAndBlockBlobsProvenWithoutReadingTheTargetBack() {
        for (int size : new int[] {0, 500_000, (1 << 20) + 1, 3 * (256 << 10) + 17}) {
            byte[] bytes = TestContent.bytes(size, size);
            ObjectKey source = new ObjectKey("expected-src", "copy-" + size);
            ObjectKey target = new ObjectKey("expected-dst", "copy-" + size);
            s3.put(source, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());
            ObjectInfo listed = s3.list("expected-src", source.key(), null, 10).objects().get(0);

            VerifiedCopy.Result result = new VerifiedCopy().copy(s3, listed, azure, target, PutOptions.defaults());

            assertThat(result.proof()).isNotEqualTo(Proof.TARGET_READ_BACK);
            assertThat(result.checksums()).isEqualTo(TestContent.checksumsOf(bytes));
            assertThat(azure.head(target).checksums().md5()).isEqualTo(TestContent.checksumsOf(bytes).md5());
            assertThat(TestContent.readAll(azure, target)).isEqualTo(bytes);
        }
    }

    @Test
    void shouldLetAzureRejectASinglePutWhoseContentIsNotTheExpectedMd5() {
        byte[] bytes = TestContent.bytes(100_000, 3);
        Checksums other = TestContent.checksumsOf(TestContent.bytes(100_000, 4));
        ObjectKey key = new ObjectKey("expected-dst", "wrong-md5-single");

        // Only the MD5 is expected, so the adapter computes none: Azure itself finds the difference.
        assertThatThrownBy(() -> azure.put(key, new ByteArrayInputStream(bytes), bytes.length,
                PutOptions.defaults().withExpected(new Checksums(other.md5(), null, null))))
                .isInstanceOf(ChecksumMismatchException.class);
        assertThatThrownBy(() -> azure.head(key)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldCommitNoBlockBlobWhoseContentIsNotTheExpectedCrc32c() {
        byte[] bytes = TestContent.bytes((1 << 20) + 5, 5);
        Checksums mine = TestContent.checksumsOf(bytes);
        Checksums other = TestContent.checksumsOf(TestContent.bytes((1 << 20) + 5, 6));
        ObjectKey key = new ObjectKey("expected-dst", "wrong-crc-blocks");

        assertThatThrownBy(() -> azure.put(key, new ByteArrayInputStream(bytes), bytes.length,
                PutOptions.defaults().withExpected(new Checksums(mine.md5(), other.crc32c(), null))))
                .isInstanceOf(ChecksumMismatchException.class);
        assertThatThrownBy(() -> azure.head(key)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldStoreTheExpectedMd5OnABlockBlobWhoseCrc32cMatches() {
        byte[] bytes = TestContent.bytes(2 * (1 << 20) + 9, 7);
        Checksums sums = TestContent.checksumsOf(bytes);
        ObjectKey key = new ObjectKey("expected-dst", "blocks-ok");

        PutResult put = azure.put(key, new ByteArrayInputStream(bytes), bytes.length,
                PutOptions.defaults().withExpected(sums));

        assertThat(put.parts()).isGreaterThan(1);
        assertThat(put.checksums()).isEqualTo(sums);
        assertThat(azure.head(key).checksums().md5()).isEqualTo(sums.md5());
        assertThat(TestContent.readAll(azure, key)).isEqualTo(bytes);
    }
}
