package io.cloudflux.storage.aws;

import java.net.URI;
import java.util.Objects;

import io.cloudflux.storage.TransferSettings;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * One S3 account.
 *
 * @param region         the signing region
 * @param endpoint       an S3-compatible endpoint (MinIO, Ceph, S3Mock), or {@code null} for AWS itself
 * @param pathStyle      path-style addressing, which S3-compatible stores usually need
 * @param credentials    where credentials come from: the SDK's default chain unless the caller chose otherwise
 * @param transfer       multipart threshold and part size
 * @param maxConnections HTTP connections kept to the endpoint; at least the caller's concurrency
 */
public record S3Config(String region, URI endpoint, boolean pathStyle, AwsCredentialsProvider credentials,
        TransferSettings transfer, int maxConnections) {

    public S3Config {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(transfer, "transfer");
    }

    /** AWS itself, credentials from the default chain (environment, profile, container, instance role). */
    public static S3Config aws(String region) {
        return new S3Config(region, null, false, DefaultCredentialsProvider.builder().build(),
                TransferSettings.DEFAULTS, 64);
    }

    /** An S3-compatible store at {@code endpoint}, path-style. */
    public static S3Config compatible(URI endpoint, String region, AwsCredentialsProvider credentials) {
        return new S3Config(region, endpoint, true, credentials, TransferSettings.DEFAULTS, 64);
    }

    public S3Config withTransfer(TransferSettings newTransfer) {
        return new S3Config(region, endpoint, pathStyle, credentials, newTransfer, maxConnections);
    }

    public S3Config withMaxConnections(int newMaxConnections) {
        return new S3Config(region, endpoint, pathStyle, credentials, transfer, newMaxConnections);
    }

    @Override
    public String toString() {
        // Never print the credentials provider: some render their keys.
        return "S3Config[region=" + region + ", endpoint=" + endpoint + ", pathStyle=" + pathStyle + ", transfer="
                + transfer + "]";
    }
}
