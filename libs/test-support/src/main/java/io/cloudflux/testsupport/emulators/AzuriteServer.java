package io.cloudflux.testsupport.emulators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.cloudflux.testsupport.Settings;

/**
 * The Azure Blob endpoint of this JVM: {@code CLOUDFLUX_TEST_AZURE_CONNECTION_STRING} when set, else Azurite's blob
 * service started on first use on a free port of 127.0.0.1 and stopped when this JVM exits. The executable is
 * {@code CLOUDFLUX_AZURITE_BIN}, else {@code azurite-blob} on the PATH (libs/storage installs it from its lockfile).
 *
 * <p>Azurite always runs with {@code --disableTelemetry}: without it, it would try to reach a telemetry host.
 */
public final class AzuriteServer {

    /** Azurite's well-known development account; its key is published in Azurite's documentation. */
    static final String ACCOUNT = "devstoreaccount1";
    private static final String DEVELOPMENT_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static volatile AzureBlobEndpoint endpoint;

    private AzuriteServer() {
    }

    /** The endpoint, starting Azurite if needed. */
    public static AzureBlobEndpoint endpoint() {
        AzureBlobEndpoint e = endpoint;
        if (e == null) {
            synchronized (AzuriteServer.class) {
                e = endpoint;
                if (e == null) {
                    e = choose();
                    endpoint = e;
                }
            }
        }
        return e;
    }

    private static AzureBlobEndpoint choose() {
        String configured = Settings.get("CLOUDFLUX_TEST_AZURE_CONNECTION_STRING");
        if (configured != null) {
            return new AzureBlobEndpoint(configured, null);
        }
        int port = ChildProcess.freePort();
        Path data = ChildProcess.tempDir("cloudflux-azurite-");
        List<String> command = List.of(executable(), "--blobHost", "127.0.0.1", "--blobPort", String.valueOf(port),
                "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--silent", "--location", data.toString());
        ChildProcess.start("azurite", command, port, data, Duration.ofSeconds(60));
        String blobEndpoint = "http://127.0.0.1:" + port + "/" + ACCOUNT;
        return new AzureBlobEndpoint("DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey="
                + DEVELOPMENT_KEY + ";BlobEndpoint=" + blobEndpoint + ";", blobEndpoint);
    }

    private static String executable() {
        String configured = Settings.get("CLOUDFLUX_AZURITE_BIN");
        if (configured == null) {
            return "azurite-blob";
        }
        if (!Files.isExecutable(Path.of(configured))) {
            throw new IllegalStateException("CLOUDFLUX_AZURITE_BIN points at " + configured + ", which is not "
                    + "executable: build libs/storage once (it runs npm ci in libs/storage/emulators)");
        }
        return configured;
    }
}
