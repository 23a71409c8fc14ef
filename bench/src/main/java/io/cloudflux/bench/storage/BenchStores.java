package io.cloudflux.bench.storage;

import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.storage.aws.S3Config;
import io.cloudflux.storage.aws.S3StorageAdapter;
import io.cloudflux.storage.azure.AzureBlobStorageAdapter;
import io.cloudflux.storage.azure.AzureConfig;
import io.cloudflux.testsupport.emulators.AzureBlobEndpoint;
import io.cloudflux.testsupport.emulators.AzuriteServer;
import io.cloudflux.testsupport.emulators.S3Endpoint;
import io.cloudflux.testsupport.emulators.S3MockServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The benchmark's two stores, S3Mock and Azurite, started once by test-support, and adapters on them. */
final class BenchStores {

    /**
     * S3: one streamed request up to 200 MiB, as rclone's S3 upload cutoff; 8 MiB parts above it, one at a time, so
     * a copy holds at most 8 MiB of an object in memory.
     */
    static final TransferSettings S3_TRANSFER = new TransferSettings(200L << 20, 8 << 20);

    /** Azure: the adapter's defaults, 16 MiB in one Put Blob, 8 MiB blocks above. */
    static final TransferSettings AZURE_TRANSFER = TransferSettings.DEFAULTS;

    private BenchStores() {
    }

    static S3Endpoint s3Endpoint() {
        return S3MockServer.endpoint();
    }

    static AzureBlobEndpoint azureEndpoint() {
        return AzuriteServer.endpoint();
    }

    /**
     * S3Mock over loopback HTTP with unsigned payloads (headers signed, CRC32C trailer checked by S3Mock), as the SDK
     * sends to S3 over HTTPS and as rclone sends single-part objects; the {@code cloudflux.bench.signedPayload}
     * system property set to {@code true} restores the SDK's SHA-256 signing of every byte for comparison.
     */
    static StorageAdapter s3(int connections) {
        S3Endpoint e = s3Endpoint();
        return new S3StorageAdapter(S3Config.compatible(e.endpoint(), e.region(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(e.accessKeyId(), e.secretKey())))
                .withTransfer(S3_TRANSFER).withMaxConnections(connections)
                .withUnsignedPayloadOverHttp(!Boolean.getBoolean("cloudflux.bench.signedPayload")));
    }

    static StorageAdapter azure() {
        AzureBlobEndpoint e = azureEndpoint();
        return new AzureBlobStorageAdapter(AzureConfig.connectionString(e.accountName(), e.connectionString())
                .withTransfer(AZURE_TRANSFER));
    }
}
