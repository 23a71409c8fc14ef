package io.cloudflux.bench.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.apikey.ApiKeyService;
import io.cloudflux.gateway.security.Role;
import io.cloudflux.testsupport.Infrastructure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Authenticated request throughput of the gateway: starts it in this JVM (in-process Kafka broker, PostgreSQL and
 * Redis on localhost, see libs/test-support), creates a VIEWER key, and drives {@code GET /api/v1/me} — key check,
 * rate-limit window in Redis, role check, JSON answer — with Debian's {@code wrk} over loopback, after a warm-up. The
 * anchor, in the same run: the open liveness probe, which skips all of the security path. The rate limit stays on,
 * set high enough not to refuse, so that every request pays its Redis round trip.
 *
 * <p>Usage: {@code ./cloudflux bench gateway [CONNECTIONS] [SECONDS] [THREADS]}, defaults 32 20 2.
 */
public final class GatewayLoadBench {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    private GatewayLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;

        Infrastructure infrastructure = Infrastructure.forTestClass(GatewayLoadBench.class);
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties());
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("cloudflux.gateway.security.rate-limit.requests-per-second", "100000000");
        ConfigurableApplicationContext gateway = GatewayApplication.builder().run(asArguments(properties));
        try {
            int port = Integer.parseInt(gateway.getEnvironment().getRequiredProperty("local.server.port"));
            String key = gateway.getBean(ApiKeyService.class).create("load", Role.VIEWER, "bench").key();
            String base = "http://127.0.0.1:" + port;
            System.out.printf(Locale.ROOT, "gateway: %d connections, %d threads, %d s per run; load %s%n", connections,
                    threads, seconds, loadAverage());

            wrk(threads, connections, 10, base + "/api/v1/me", key);
            Result me = wrk(threads, connections, seconds, base + "/api/v1/me", key);
            Result probe = wrk(threads, connections, seconds, base + "/actuator/health/liveness", null);
            Result meAgain = wrk(threads, connections, seconds, base + "/api/v1/me", key);

            print("GET /api/v1/me (VIEWER key)", me);
            print("GET /actuator/health/liveness (open, anchor)", probe);
            print("GET /api/v1/me again", meAgain);
            System.out.printf(Locale.ROOT, "authenticated / anchor throughput: %.2f and %.2f%n",
                    me.requestsPerSecond() / probe.requestsPerSecond(),
                    meAgain.requestsPerSecond() / probe.requestsPerSecond());
        }
        finally {
            gateway.close();
        }
        System.exit(0);
    }

    private static Result wrk(int threads, int connections, int seconds, String url, String key)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "5s"));
        if (key != null) {
            command.addAll(List.of("-H", "X-Api-Key: " + key));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            throw new IllegalStateException(non2xx.group(1) + " answers were not 2xx:\n" + output);
        }
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("no rate in wrk's output:\n" + output);
        }
        Map<String, Double> millis = new LinkedHashMap<>();
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2));
            millis.put(percentile.group(1), switch (percentile.group(3)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            });
        }
        return new Result(Double.parseDouble(rate.group(1)), millis.get("50"), millis.get("90"), millis.get("99"));
    }

    private static void print(String what, Result result) {
        System.out.printf(Locale.ROOT, "%-46s %8.0f requests/s   p50 %6.2f ms   p90 %6.2f ms   p99 %6.2f ms%n", what,
                result.requestsPerSecond(), result.p50(), result.p90(), result.p99());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        }
        catch (IOException e) {
            return "unknown";
        }
    }

    record Result(double requestsPerSecond, double p50, double p90, double p99) {
    }

    /** As command-line arguments: above the service's own configuration file, which names its usual port. */
    private static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
