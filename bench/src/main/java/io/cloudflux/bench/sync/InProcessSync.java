package io.cloudflux.bench.sync;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudflux.sync.SyncApplication;
import io.cloudflux.sync.clouds.ScanScope;
import io.cloudflux.sync.scan.ScanMode;
import io.cloudflux.sync.scan.ScanRun;
import io.cloudflux.sync.scan.ScanRuns;
import io.cloudflux.sync.scan.ScanService;
import io.cloudflux.sync.scan.ScanState;
import io.cloudflux.testsupport.Infrastructure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sync-service in this JVM, built as it runs alone, on the real Kafka, PostgreSQL (a fresh database) and Redis
 * libs/test-support hands out; scans run only when asked.
 */
final class InProcessSync implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private InProcessSync(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param clouds {@code cloudflux.clouds} properties, e.g. {@code cloudflux.clouds[0].name} */
    static InProcessSync start(Class<?> bench, Map<String, String> clouds) {
        Infrastructure infrastructure = Infrastructure.forTestClass(bench);
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties());
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("cloudflux.sync.scan.schedule", "false");
        properties.putAll(clouds);
        // As arguments: they override the platform defaults, which builder properties would not.
        return new InProcessSync(SyncApplication.builder().run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new)));
    }

    /** Runs a FULL scan of a whole bucket, as {@code POST /internal/v1/scans} does, and answers the ended run. */
    ScanRun fullScan(String account, String bucket, Duration patience) throws InterruptedException {
        ScanRun run = context.getBean(ScanService.class).trigger(new ScanScope(account, bucket, ""), ScanMode.FULL,
                "BENCH").orElseThrow(() -> new IllegalStateException(account + "/" + bucket + " is being scanned"));
        ScanRuns runs = context.getBean(ScanRuns.class);
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            ScanRun now = runs.find(run.id()).orElseThrow();
            if (now.state() != ScanState.RUNNING) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("scan run " + run.id() + " did not end within " + patience);
    }

    @Override
    public void close() {
        context.close();
    }
}
