package io.cloudflux.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.ObjectAttributes;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.model.ArchiveStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** How S3's answers are read: which ETag is an MD5, which object is archived. */
class S3StorageAdapterTest {

    private static final String HEX32 = "0123456789abcdef0123456789abcdef";

    @Test
    void shouldTakeAnEtagForAnMd5OnlyForASinglePartObjectWithoutKmsOrCustomerKeys() {
        assertThat(S3StorageAdapter.md5FromEtag(HEX32, null, null)).isEqualTo(HEX32);
        assertThat(S3StorageAdapter.md5FromEtag(HEX32, ServerSideEncryption.AES256, null)).isEqualTo(HEX32);
        assertThat(S3StorageAdapter.md5FromEtag(HEX32, ServerSideEncryption.AWS_KMS, null)).isNull();
        assertThat(S3StorageAdapter.md5FromEtag(HEX32, ServerSideEncryption.AWS_KMS_DSSE, null)).isNull();
        assertThat(S3StorageAdapter.md5FromEtag(HEX32, null, "AES256")).isNull();
        assertThat(S3StorageAdapter.md5FromEtag(HEX32.substring(0, 30) + "-2", null, null)).isNull();
    }

    @Test
    void shouldReportIntelligentTieringArchiveTiersAsArchivedUntilRestored() {
        assertThat(S3StorageAdapter.archiveState("INTELLIGENT_TIERING", null, null)).isEqualTo(ArchiveState.ONLINE);
        assertThat(S3StorageAdapter.archiveState("INTELLIGENT_TIERING", ArchiveStatus.ARCHIVE_ACCESS, null))
                .isEqualTo(ArchiveState.ARCHIVED);
        assertThat(S3StorageAdapter.archiveState("INTELLIGENT_TIERING", ArchiveStatus.DEEP_ARCHIVE_ACCESS,
                "ongoing-request=\"true\"")).isEqualTo(ArchiveState.REHYDRATING);
        assertThat(S3StorageAdapter.archiveState("GLACIER", null, "ongoing-request=\"false\", expiry-date=\"x\""))
                .isEqualTo(ArchiveState.REHYDRATED);
    }

    @Test
    void shouldSayThatS3KeepsMetadataNamesInLowerCase() {
        try (S3StorageAdapter s3 = new S3StorageAdapter(S3Config.compatible(URI.create("http://127.0.0.1:9"), "us-east-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s"))))) {
            ObjectAttributes wanted = ObjectAttributes.of("text/csv", null, Map.of("Team", "storage", "job", "42"));

            assertThat(s3.kept(wanted)).isEqualTo(ObjectAttributes.of("text/csv", null,
                    Map.of("team", "storage", "job", "42")));
        }
    }
}
