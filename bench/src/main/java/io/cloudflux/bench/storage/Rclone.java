package io.cloudflux.bench.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudflux.testsupport.emulators.AzureBlobEndpoint;
import io.cloudflux.testsupport.emulators.S3Endpoint;

/**
 * Runs the Debian {@code rclone} against the same emulators, configured through environment variables only (no
 * config file is written): remote {@code s3mock} for S3Mock and {@code azurite} for Azurite (when given).
 */
public final class Rclone {

    private final S3Endpoint s3;
    private final AzureBlobEndpoint azure;

    /** @param azure Azurite's endpoint, or null for an S3Mock remote only */
    public Rclone(S3Endpoint s3, AzureBlobEndpoint azure) {
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
        ProcessBuilder builder = configured(new ProcessBuilder(timed).inheritIO());
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

    /** The lines {@code rclone lsf -R REMOTE [EXTRA]} prints, counted as they stream, and its wall-clock seconds. */
    public Listing lsf(String remote, List<String> extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rclone", "lsf", "-R"));
        command.addAll(extra);
        command.add(remote);
        ProcessBuilder builder = configured(new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT));
        long start = System.nanoTime();
        Process process = builder.start();
        long lines = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (out.readLine() != null) {
                lines++;
            }
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("rclone exited with " + exit);
        }
        return new Listing(String.join(" ", command), lines, seconds);
    }

    /** What one {@code rclone lsf} printed and how long it took. */
    public record Listing(String command, long lines, double seconds) {
    }

    private ProcessBuilder configured(ProcessBuilder builder) {
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
        if (azure != null) {
            env.put("RCLONE_CONFIG_AZURITE_TYPE", "azureblob");
            env.put("RCLONE_CONFIG_AZURITE_USE_EMULATOR", "true");
            env.put("RCLONE_CONFIG_AZURITE_ENDPOINT", azure.blobEndpoint());
        }
        return builder;
    }
}
