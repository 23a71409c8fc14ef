package io.cloudflux.launcher.clouds;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.cloudflux.events.Provider;
import io.cloudflux.launcher.estate.DemoAccount;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.storage.aws.S3Config;
import io.cloudflux.storage.aws.S3StorageAdapter;
import io.cloudflux.storage.azure.AzureBlobStorageAdapter;
import io.cloudflux.storage.azure.AzureConfig;
import io.cloudflux.storage.gcp.GcsConfig;
import io.cloudflux.storage.gcp.GcsStorageAdapter;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The demo's three clouds, no Docker: S3Mock (its exec jar in a child JVM) and Azurite (from npm, with
 * {@code --disableTelemetry}) as child processes on loopback ports, their data under the launcher's data folder so
 * that it outlives a restart; GCS in memory (google-cloud-nio's {@link LocalStorageHelper}), living only as long as
 * this JVM and shared with the sync-service as its {@link Storage} bean. Closing stops both processes.
 */
public final class DemoClouds implements AutoCloseable {

    /** Azurite's well-known development key, published in its documentation; every demo account uses it. */
    private static final String AZURITE_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static final String S3_REGION = "us-east-1";
    private static final String S3_KEY = "cloudflux-demo";
    /** The largest page the sync-service allows; the in-memory GCS must list a whole bucket in one. */
    private static final int IN_MEMORY_GCS_PAGE = 100_000;

    private final List<DemoAccount> accounts;
    private final Path secrets;
    private final int s3Port;
    private final int azuritePort;
    private final List<EmulatorProcess> processes;
    private final Storage gcs = LocalStorageHelper.getOptions().getService();
    private final Map<String, StorageAdapter> adapters = new LinkedHashMap<>();

    private DemoClouds(List<DemoAccount> accounts, Path secrets, int s3Port, int azuritePort,
            List<EmulatorProcess> processes) {
        this.accounts = List.copyOf(accounts);
        this.secrets = secrets;
        this.s3Port = s3Port;
        this.azuritePort = azuritePort;
        this.processes = processes;
    }

    /** Starts S3Mock and Azurite with their data in {@code dataDir}/s3mock and {@code dataDir}/azurite. */
    public static DemoClouds start(Path dataDir, int s3Port, int azuritePort, List<DemoAccount> accounts)
            throws IOException {
        Path logs = dataDir.resolve("logs");
        Path s3Data = Files.createDirectories(dataDir.resolve("s3mock"));
        Path azureData = Files.createDirectories(dataDir.resolve("azurite"));
        List<EmulatorProcess> processes = new ArrayList<>();
        try {
            processes.add(EmulatorProcess.start("S3Mock", s3MockCommand(s3Port, s3Data), Map.of(), s3Port,
                    logs.resolve("s3mock.log"), Duration.ofSeconds(120)));
            processes.add(EmulatorProcess.start("Azurite", azuriteCommand(azuritePort, azureData),
                    Map.of("AZURITE_ACCOUNTS", azuriteAccounts(accounts)), azuritePort, logs.resolve("azurite.log"),
                    Duration.ofSeconds(60)));
        }
        catch (IOException | RuntimeException e) {
            processes.forEach(EmulatorProcess::close);
            throw e;
        }
        DemoClouds clouds = new DemoClouds(accounts, dataDir.resolve("demo/secrets"), s3Port, azuritePort, processes);
        clouds.writeSecrets();
        return clouds;
    }

    private static List<String> s3MockCommand(int port, Path data) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", EmulatorBinaries.s3MockJar().toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--server.ssl.enabled=false",
                // S3Mock's second connector cannot be given an address; port 0 at least keeps it off fixed ports.
                "--http.port=0",
                "--com.adobe.testing.s3mock.store.root=" + data,
                "--com.adobe.testing.s3mock.store.retain-files-on-exit=true",
                "--com.adobe.testing.s3mock.max-payload-size=128MB",
                "--logging.level.root=WARN");
    }

    private static List<String> azuriteCommand(int port, Path data) {
        return List.of(EmulatorBinaries.azurite().toString(), "--blobHost", "127.0.0.1", "--blobPort",
                String.valueOf(port), "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--silent",
                "--location", data.toString());
    }

    /** Azurite serves only the accounts named here once the variable is set, so its default account is listed too. */
    private static String azuriteAccounts(List<DemoAccount> accounts) {
        return accounts.stream().filter(a -> a.provider() == Provider.AZURE).map(a -> a.name() + ":" + AZURITE_KEY)
                .collect(Collectors.joining(";"));
    }

    /** The sync-service reads credentials from mounted-Secret folders, as in production. */
    private void writeSecrets() throws IOException {
        for (DemoAccount account : accounts) {
            Path folder = Files.createDirectories(secrets.resolve(account.name()));
            switch (account.provider()) {
                case AWS -> {
                    Files.writeString(folder.resolve("access-key-id"), S3_KEY);
                    Files.writeString(folder.resolve("secret-access-key"), S3_KEY);
                }
                case AZURE -> Files.writeString(folder.resolve("connection-string"), connectionString(account));
                default -> {
                }
            }
        }
    }

    private String connectionString(DemoAccount account) {
        return "DefaultEndpointsProtocol=http;AccountName=" + account.name() + ";AccountKey=" + AZURITE_KEY
                + ";BlobEndpoint=" + azureEndpoint(account) + ";";
    }

    private String azureEndpoint(DemoAccount account) {
        return "http://127.0.0.1:" + azuritePort + "/" + account.name();
    }

    public String s3Endpoint() {
        return "http://127.0.0.1:" + s3Port;
    }

    public String azuriteEndpoint() {
        return "http://127.0.0.1:" + azuritePort;
    }

    /** The in-memory GCS every GCP account of the demo lives in. */
    public Storage gcs() {
        return gcs;
    }

    /** A storage adapter on the named account, built once. */
    public synchronized StorageAdapter adapter(String accountName) {
        return adapters.computeIfAbsent(accountName, name -> {
            DemoAccount account = accounts.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
            return switch (account.provider()) {
                case AWS -> new S3StorageAdapter(S3Config.compatible(URI.create(s3Endpoint()), S3_REGION,
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(S3_KEY, S3_KEY))));
                case AZURE -> new AzureBlobStorageAdapter(AzureConfig.connectionString(account.name(),
                        connectionString(account)));
                case GCP -> new GcsStorageAdapter(gcs, new GcsConfig(account.project(), null, null,
                        TransferSettings.DEFAULTS));
                case FILESYSTEM -> throw new IllegalArgumentException("the demo has no filesystem account");
            };
        });
    }

    /** The sync-service's {@code cloudflux.clouds}: every account and bucket, each scanned in full {@code scanEvery}. */
    public List<String> syncArguments(Duration scanEvery) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            DemoAccount account = accounts.get(i);
            String prefix = "--cloudflux.clouds[" + i + "].";
            args.add(prefix + "name=" + account.name());
            args.add(prefix + "provider=" + account.provider());
            switch (account.provider()) {
                case AWS -> {
                    args.add(prefix + "endpoint=" + s3Endpoint());
                    args.add(prefix + "region=" + S3_REGION);
                    args.add(prefix + "credentials=secret:" + secrets.resolve(account.name()));
                }
                case AZURE -> {
                    args.add(prefix + "endpoint=" + azureEndpoint(account));
                    args.add(prefix + "credentials=secret:" + secrets.resolve(account.name()));
                }
                // The sync-service's Storage bean (this in-memory GCS) serves every GCP account.
                case GCP -> args.add(prefix + "project=" + account.project());
                case FILESYSTEM -> throw new IllegalArgumentException("the demo has no filesystem account");
            }
            for (int b = 0; b < account.buckets().size(); b++) {
                args.add(prefix + "buckets[" + b + "].name=" + account.buckets().get(b));
                args.add(prefix + "buckets[" + b + "].scan-every=" + scanEvery.toSeconds() + "s");
                if (account.provider() == Provider.GCP) {
                    // LocalStorageHelper does not page: it answers one page of at most the page size, with no token.
                    args.add(prefix + "buckets[" + b + "].page-size=" + IN_MEMORY_GCS_PAGE);
                }
            }
        }
        return args;
    }

    @Override
    public void close() {
        adapters.values().forEach(StorageAdapter::close);
        adapters.clear();
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }
}
