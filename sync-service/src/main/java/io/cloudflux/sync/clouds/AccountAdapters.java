package io.cloudflux.sync.clouds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.cloud.storage.Storage;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.storage.aws.S3Config;
import io.cloudflux.storage.aws.S3StorageAdapter;
import io.cloudflux.storage.azure.AzureBlobStorageAdapter;
import io.cloudflux.storage.azure.AzureConfig;
import io.cloudflux.storage.filesystem.FilesystemConfig;
import io.cloudflux.storage.filesystem.FilesystemStorageAdapter;
import io.cloudflux.storage.gcp.GcsConfig;
import io.cloudflux.storage.gcp.GcsStorageAdapter;
import io.cloudflux.sync.clouds.CloudsProperties.Account;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Builds the storage adapter of one configured account on the provider's SDK, resolving its credentials reference.
 *
 * <p>A {@code secret:<folder>} reference is a mounted Kubernetes Secret, one file per key: {@code access-key-id},
 * {@code secret-access-key} and optionally {@code session-token} (AWS); {@code connection-string} (AZURE);
 * {@code service-account.json} (GCP). The files are read when the adapter is built and their content is never logged.
 */
final class AccountAdapters {

    private final Storage sharedGcs;

    /** @param sharedGcs a ready GCS client every GCP account uses (the demo's in-memory GCS), or null */
    AccountAdapters(Storage sharedGcs) {
        this.sharedGcs = sharedGcs;
    }

    StorageAdapter create(Account account) {
        return switch (account.provider()) {
            case AWS -> new S3StorageAdapter(s3(account));
            case AZURE -> new AzureBlobStorageAdapter(azure(account));
            case GCP -> gcs(account);
            case FILESYSTEM -> new FilesystemStorageAdapter(new FilesystemConfig(account.name(),
                    Path.of(account.endpoint())));
        };
    }

    private static S3Config s3(Account account) {
        if (account.endpoint() == null && isDefaultChain(account)) {
            return S3Config.aws(account.region());
        }
        AwsCredentialsProvider credentials = isDefaultChain(account)
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(awsSecret(secretFolder(account)));
        return account.endpoint() == null
                ? new S3Config(account.region(), null, false, credentials, TransferSettings.DEFAULTS, 64, false)
                : S3Config.compatible(URI.create(account.endpoint()), account.region(), credentials);
    }

    private static AzureConfig azure(Account account) {
        if (isDefaultChain(account)) {
            String endpoint = account.endpoint() != null ? account.endpoint()
                    : "https://" + account.name() + ".blob.core.windows.net";
            return AzureConfig.defaultCredential(account.name(), endpoint);
        }
        return AzureConfig.connectionString(account.name(), read(secretFolder(account).resolve("connection-string")));
    }

    private StorageAdapter gcs(Account account) {
        Path serviceAccount = isDefaultChain(account) ? null : secretFolder(account).resolve("service-account.json");
        GcsConfig config = new GcsConfig(account.project(), account.endpoint(), serviceAccount,
                TransferSettings.DEFAULTS);
        return sharedGcs != null ? new GcsStorageAdapter(sharedGcs, config) : GcsStorageAdapter.create(config);
    }

    private static AwsCredentials awsSecret(Path folder) {
        String keyId = read(folder.resolve("access-key-id"));
        String secret = read(folder.resolve("secret-access-key"));
        Path token = folder.resolve("session-token");
        return Files.exists(token) ? AwsSessionCredentials.create(keyId, secret, read(token))
                : AwsBasicCredentials.create(keyId, secret);
    }

    private static boolean isDefaultChain(Account account) {
        return !account.credentials().startsWith("secret:");
    }

    private static Path secretFolder(Account account) {
        return Path.of(account.credentials().substring("secret:".length()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        catch (IOException e) {
            // The path names a file of a mounted Secret; the exception never carries its content.
            throw new UncheckedIOException("cannot read credentials file " + file, e);
        }
    }
}
