package io.cloudflux.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * End-to-end harness for {@code ./cloudflux demo}: starts the launcher jar as a child process, measures the time until
 * every service's readiness and the gateway's health are UP, the launcher's resident memory then, and the time a
 * graceful stop takes. Prints one line per run and a summary.
 *
 * <p>Usage: {@code java -cp bench/target/classes io.cloudflux.bench.DemoStartupBenchmark LAUNCHER_JAR [RUNS]}.
 */
public final class DemoStartupBenchmark {

    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("classifier-service", 8081);
        SERVICES.put("predictor-service", 8082);
        SERVICES.put("cost-service", 8083);
        SERVICES.put("migration-service", 8084);
        SERVICES.put("sync-service", 8085);
        SERVICES.put("gateway", 8080);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private static final Duration PATIENCE = Duration.ofSeconds(240);

    private DemoStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DemoStartupBenchmark LAUNCHER_JAR [RUNS]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dataDir = Files.createTempDirectory("cloudflux-bench-");
        double worstUp = 0;
        long worstRss = 0;
        for (int run = 1; run <= runs; run++) {
            Result r = runOnce(jar, dataDir);
            worstUp = Math.max(worstUp, r.secondsToUp());
            worstRss = Math.max(worstRss, r.rssKiB());
            System.out.printf(Locale.ROOT, "run %d: all UP after %.1f s, RSS %d MiB, stopped in %.1f s%n", run,
                    r.secondsToUp(), r.rssKiB() / 1024, r.secondsToStop());
        }
        System.out.printf(Locale.ROOT, "worst of %d (first run formats a fresh Kafka log in %s): up %.1f s, RSS %d MiB%n",
                runs, dataDir, worstUp, worstRss / 1024);
    }

    record Result(double secondsToUp, long rssKiB, double secondsToStop) {
    }

    static Result runOnce(Path jar, Path dataDir) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(List.of(javaBin(), "-Dcloudflux.data-dir=" + dataDir, "-jar",
                jar.toString(), "demo"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("launcher-output.log").toFile())
                .start();
        try {
            long deadline = start + PATIENCE.toNanos();
            while (!allUp()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("launcher exited with " + process.exitValue() + "; see "
                            + dataDir.resolve("launcher-output.log"));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not UP within " + PATIENCE);
                }
                Thread.sleep(200);
            }
            double up = (System.nanoTime() - start) / 1e9;
            long rss = rssKiB(process.pid());
            long stopStart = System.nanoTime();
            process.destroy();
            process.waitFor();
            return new Result(up, rss, (System.nanoTime() - stopStart) / 1e9);
        }
        finally {
            process.destroyForcibly();
        }
    }

    private static boolean allUp() {
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            String path = "gateway".equals(service.getKey()) ? "/actuator/health" : "/actuator/health/readiness";
            if (!isUp(service.getValue(), path)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUp(int port, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
