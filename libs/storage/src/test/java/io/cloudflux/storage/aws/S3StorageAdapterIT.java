package io.cloudflux.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;

import io.cloudflux.storage.ObjectKey;
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

/** What only S3 shows: the metadata a class change must keep, seen through the plain SDK. */
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

    private static S3Client plainClient() {
        S3Endpoint endpoint = S3MockServer.endpoint();
        return S3Client.builder().endpointOverride(endpoint.endpoint()).forcePathStyle(true)
                .region(Region.of(endpoint.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        endpoint.accessKeyId(), endpoint.secretKey())))
                .build();
    }
}
