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
 * @param unsignedPayloadOverHttp over a plain-{@code http} endpoint, sign the headers only and send the payload as
 *                       {@code UNSIGNED-PAYLOAD} with its checksum trailer, as the SDK does over HTTPS, instead of
 *                       SHA-256-signing every byte; only for loopback or private-network endpoints (an emulator),
 *                       since nothing then protects the body from a man in the middle. No effect over HTTPS.
 */
public record S3Config(String region, URI endpoint, boolean pathStyle, AwsCredentialsProvider credentials,
        TransferSettings transfer, int maxConnections, boolean unsignedPayloadOverHttp) {

    public S3Config {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(transfer, "transfer");
    }

    /** AWS itself, credentials from the default chain (environment, profile, container, instance role). */
    public static S3Config aws(String region) {
        return new S3Config(region, null, false, DefaultCredentialsProvider.builder().build(),
                TransferSettings.DEFAULTS, 64, false);
    }

    /** An S3-compatible store at {@code endpoint}, path-style. */
    public static S3Config compatible(URI endpoint, String region, AwsCredentialsProvider credentials) {
        return new S3Config(region, endpoint, true, credentials, TransferSettings.DEFAULTS, 64, false);
    }

    public S3Config withTransfer(TransferSettings newTransfer) {
        return new S3Config(region, endpoint, pathStyle, credentials, newTransfer, maxConnections,
                unsignedPayloadOverHttp);
    }

    public S3Config withMaxConnections(int newMaxConnections) {
        return new S3Config(region, endpoint, pathStyle, credentials, transfer, newMaxConnections,
                unsignedPayloadOverHttp);
    }

    /** See {@code unsignedPayloadOverHttp}: for an emulator or a store on a private network only. */
    public S3Config withUnsignedPayloadOverHttp(boolean unsigned) {
        return new S3Config(region, endpoint, pathStyle, credentials, transfer, maxConnections, unsigned);
    }

    @Override
    public String toString() {
        // Never print the credentials provider: some render their keys.
        return "S3Config[region=" + region + ", endpoint=" + endpoint + ", pathStyle=" + pathStyle + ", transfer="
                + transfer + ", unsignedPayloadOverHttp=" + unsignedPayloadOverHttp + "]";
    }
}
