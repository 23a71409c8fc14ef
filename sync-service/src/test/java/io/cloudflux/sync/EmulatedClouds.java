package io.cloudflux.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.cloudflux.testsupport.emulators.AzureBlobEndpoint;
import io.cloudflux.testsupport.emulators.AzuriteServer;
import io.cloudflux.testsupport.emulators.S3Endpoint;
import io.cloudflux.testsupport.emulators.S3MockServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Three accounts on the three emulated clouds — S3Mock, Azurite and GCS in memory — each with the same buckets, their
 * credentials in mounted-Secret folders as in production. A test class registers them in its
 * {@code @DynamicPropertySource} and imports {@link InMemoryGcs}.
 */
public final class EmulatedClouds {

    public static final String AWS = "aws-main";
    public static final String AZURE = "devstoreaccount1";
    public static final String GCP = "gcp-main";
    public static final List<String> ACCOUNTS = List.of(AWS, AZURE, GCP);

    private EmulatedClouds() {
    }

    public static void register(DynamicPropertyRegistry registry, List<String> buckets) {
        S3Endpoint s3 = S3MockServer.endpoint();
        AzureBlobEndpoint azure = AzuriteServer.endpoint();
        Path awsSecret = secret("access-key-id", s3.accessKeyId(), "secret-access-key", s3.secretKey());
        Path azureSecret = secret("connection-string", azure.connectionString());
        account(registry, 0, AWS, "AWS", s3.endpoint().toString(), "secret:" + awsSecret, buckets);
        registry.add("cloudflux.clouds[0].region", s3::region);
        account(registry, 1, AZURE, "AZURE", null, "secret:" + azureSecret, buckets);
        account(registry, 2, GCP, "GCP", null, "default-chain", buckets);
    }

    private static void account(DynamicPropertyRegistry registry, int i, String name, String provider, String endpoint,
            String credentials, List<String> buckets) {
        String account = "cloudflux.clouds[" + i + "]";
        registry.add(account + ".name", () -> name);
        registry.add(account + ".provider", () -> provider);
        if (endpoint != null) {
            registry.add(account + ".endpoint", () -> endpoint);
        }
        registry.add(account + ".credentials", () -> credentials);
        registry.add(account + ".list-calls-per-second", () -> "1000");
        for (int b = 0; b < buckets.size(); b++) {
            String bucket = buckets.get(b);
            registry.add(account + ".buckets[" + b + "].name", () -> bucket);
        }
    }

    private static Path secret(String... files) {
        try {
            Path folder = Files.createTempDirectory("sync-secret-");
            for (int i = 0; i < files.length; i += 2) {
                Files.writeString(folder.resolve(files[i]), files[i + 1]);
            }
            return folder;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The in-memory GCS every GCP account of the context uses, as the demo's launcher shares one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InMemoryGcs {

        @Bean
        Storage sharedGcs() {
            return LocalStorageHelper.getOptions().getService();
        }
    }
}
