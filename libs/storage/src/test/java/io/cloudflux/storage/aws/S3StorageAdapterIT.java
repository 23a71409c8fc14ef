package io.cloudflux.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;

import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TestContent;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.testsupport.emulators.S3Endpoint;
import io.cloudflux.testsupport.emulators.S3MockServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * What only S3 shows, seen through the plain SDK: the metadata a class change must keep, and how the Transfer
 * Manager's server-side copy behaves (parts, the source's ETag guard, errors).
 */
class S3StorageAdapterIT {

    @Test
    void shouldKeepContentTypeAndMetadataWhenChangingTheClassOfAnObjectCopiedInParts() {
        TransferSettings transfer = new TransferSettings(5 << 20, 5 << 20);
        byte[] bytes = TestContent.bytes((5 << 20) + 10, 1);
        ObjectKey key = new ObjectKey("class-change", "large");
        try (StorageAdapter adapter = S3StorageAdapterContractIT.s3Mock(transfer); S3Client plain = plainClient()) {
            adapter.createBucket("class-change");
            adapter.put(key, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults()
                    .withContentType("application/x-test").withMetadata(Map.of("owner", "tiering")));

            adapter.changeStorageClass(key, "STANDARD_IA");

            HeadObjectResponse head = plain.headObject(b -> b.bucket(key.bucket()).key(key.key()));
            assertThat(head.storageClassAsString()).isEqualTo("STANDARD_IA");
            assertThat(head.contentType()).isEqualTo("application/x-test");
            assertThat(head.metadata()).containsEntry("owner", "tiering");
            assertThat(TestContent.readAll(adapter, key)).isEqualTo(bytes);
        }
    }

    @Test
    void shouldKeepTheFullObjectCrc32cWhenChangingTheClassOfAnObjectAboveTheMultipartThreshold() {
        TransferSettings transfer = new TransferSettings(5 << 20, 5 << 20);
        byte[] bytes = TestContent.bytes(3 * (5 << 20) + 10, 3);
        ObjectKey key = new ObjectKey("class-change", "large-crc");
        try (StorageAdapter adapter = S3StorageAdapterContractIT.s3Mock(transfer)) {
            adapter.createBucket("class-change");
            adapter.put(key, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());
            String crc32c = TestContent.checksumsOf(bytes).crc32c();
            assertThat(adapter.head(key).checksums().crc32c()).isEqualTo(crc32c);

            adapter.changeStorageClass(key, "STANDARD_IA");

            // The checksum a later copy proves its source with must survive the class change.
            assertThat(adapter.head(key).checksums().crc32c()).isEqualTo(crc32c);
            assertThat(adapter.head(key).storageClass()).isEqualTo("STANDARD_IA");
        }
    }

    @Test
    void shouldCopyALargeObjectServerSideInPartsWithTheTransferManager() {
        TransferSettings transfer = new TransferSettings(5 << 20, 5 << 20);
        byte[] bytes = TestContent.bytes(3 * (5 << 20) + 123, 2);
        ObjectKey source = new ObjectKey("tm-copy", "source");
        ObjectKey target = new ObjectKey("tm-copy", "target");
        try (StorageAdapter adapter = S3StorageAdapterContractIT.s3Mock(transfer); S3Client plain = plainClient()) {
            adapter.createBucket("tm-copy");
            adapter.put(source, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());

            ObjectInfo copied = adapter.copy(source, target, "STANDARD_IA");

            // Four part copies (three full parts and the rest), completed as one multipart object.
            assertThat(copied.etag()).endsWith("-4");
            assertThat(copied.size()).isEqualTo(bytes.length);
            assertThat(copied.storageClass()).isEqualTo("STANDARD_IA");
            assertThat(TestContent.readAll(adapter, target)).isEqualTo(bytes);
            assertThat(plain.listMultipartUploads(b -> b.bucket("tm-copy")).uploads()).isEmpty();
        }
    }

    @Test
    void shouldRefuseToCopyASourceReplacedSinceItWasHeadedSingleOrInParts() {
        TransferSettings transfer = new TransferSettings(5 << 20, 5 << 20);
        S3Endpoint endpoint = S3MockServer.endpoint();
        S3Config config = S3Config.compatible(endpoint.endpoint(), endpoint.region(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(endpoint.accessKeyId(),
                        endpoint.secretKey()))).withTransfer(transfer);
        try (StorageAdapter adapter = new S3StorageAdapter(config); ServerSideCopy copy = new ServerSideCopy(config);
                S3Client plain = plainClient()) {
            adapter.createBucket("tm-guard");
            for (int size : new int[] {4000, 2 * (5 << 20) + 1}) {
                ObjectKey source = new ObjectKey("tm-guard", "source-" + size);
                ObjectKey target = new ObjectKey("tm-guard", "target-" + size);
                adapter.put(source, new ByteArrayInputStream(TestContent.bytes(size, 3)), size, PutOptions.defaults());
                ObjectInfo seen = adapter.head(source);
                byte[] newer = TestContent.bytes(size, 4);
                adapter.put(source, new ByteArrayInputStream(newer), size, PutOptions.defaults());

                assertThatThrownBy(() -> copy.copy(seen, target, null))
                        .as("size %d", size).isInstanceOf(PreconditionFailedException.class);
                assertThatThrownBy(() -> adapter.head(target)).isInstanceOf(NotFoundException.class);
            }
            assertThat(plain.listMultipartUploads(b -> b.bucket("tm-guard")).uploads()).isEmpty();
        }
    }

    @Test
    void shouldReportACopyIntoAMissingBucketAsNotFoundSingleOrInParts() {
        TransferSettings transfer = new TransferSettings(5 << 20, 5 << 20);
        try (StorageAdapter adapter = S3StorageAdapterContractIT.s3Mock(transfer)) {
            adapter.createBucket("tm-missing");
            for (int size : new int[] {4000, 2 * (5 << 20) + 1}) {
                ObjectKey source = new ObjectKey("tm-missing", "source-" + size);
                adapter.put(source, new ByteArrayInputStream(TestContent.bytes(size, 5)), size, PutOptions.defaults());

                assertThatThrownBy(() -> adapter.copy(source, new ObjectKey("no-such-bucket-tm", "x"), null))
                        .as("size %d", size).isInstanceOf(NotFoundException.class);
            }
        }
    }

    private static S3Client plainClient() {
        S3Endpoint endpoint = S3MockServer.endpoint();
        return S3Client.builder().endpointOverride(endpoint.endpoint()).forcePathStyle(true)
                .region(Region.of(endpoint.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        endpoint.accessKeyId(), endpoint.secretKey())))
                .build();
    }
}
