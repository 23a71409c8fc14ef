package io.cloudflux.bench.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudflux.testsupport.emulators.AzureBlobEndpoint;
import io.cloudflux.testsupport.emulators.S3Endpoint;

/**
 * Runs the Debian {@code rclone} against the same emulators, configured through environment variables only (no
 * config file is written): remote {@code s3mock} for S3Mock and {@code azurite} for Azurite.
 */
final class Rclone {

    private final S3Endpoint s3;
    private final AzureBlobEndpoint azure;

    Rclone(S3Endpoint s3, AzureBlobEndpoint azure) {
        this.s3 = s3;
        this.azure = azure;
    }

    /** The command line, as docs/benchmarks.md records it. */
    List<String> command(String from, String to, int transfers, List<String> extra) {
        List<String> command = new ArrayList<>(List.of("rclone", "copy", "--checksum", "--transfers",
                String.valueOf(transfers), "--checkers", String.valueOf(transfers), "--stats", "0"));
        command.addAll(extra);
        command.add(from);
        command.add(to);
        return command;
    }

    /** One rclone copy: wall-clock seconds, and the CPU seconds (user + system) /usr/bin/time measured. */
    record Run(double seconds, double cpuSeconds) {
    }

    /** Runs a copy under /usr/bin/time, which measures rclone's CPU seconds. */
    Run copy(String from, String to, int transfers, List<String> extra) throws IOException, InterruptedException {
        Path cpu = Files.createTempFile("rclone-cpu", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-o", cpu.toString(), "-f", "%U %S"));
        timed.addAll(command(from, to, transfers, extra));
        ProcessBuilder builder = new ProcessBuilder(timed).inheritIO();
        Map<String, String> env = builder.environment();
        // rclone would otherwise try a CA bundle meant for real AWS.
        env.remove("AWS_CA_BUNDLE");
        env.put("RCLONE_CONFIG_S3MOCK_TYPE", "s3");
        env.put("RCLONE_CONFIG_S3MOCK_PROVIDER", "Other");
        env.put("RCLONE_CONFIG_S3MOCK_ENDPOINT", s3.endpoint().toString());
        env.put("RCLONE_CONFIG_S3MOCK_REGION", s3.region());
        env.put("RCLONE_CONFIG_S3MOCK_ACCESS_KEY_ID", s3.accessKeyId());
        env.put("RCLONE_CONFIG_S3MOCK_SECRET_ACCESS_KEY", s3.secretKey());
        env.put("RCLONE_CONFIG_S3MOCK_FORCE_PATH_STYLE", "true");
        env.put("RCLONE_CONFIG_AZURITE_TYPE", "azureblob");
        env.put("RCLONE_CONFIG_AZURITE_USE_EMULATOR", "true");
        env.put("RCLONE_CONFIG_AZURITE_ENDPOINT", azure.blobEndpoint());
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("rclone exited with " + exit);
        }
        String[] userSystem = Files.readString(cpu).trim().split("\\s+");
        Files.delete(cpu);
        double cpuSeconds = Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1]);
        System.out.printf(java.util.Locale.ROOT, "    CPU: rclone %s s user + %s s system%n", userSystem[0],
                userSystem[1]);
        return new Run(seconds, cpuSeconds);
    }
}
