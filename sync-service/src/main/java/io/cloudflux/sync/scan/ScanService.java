package io.cloudflux.sync.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.sync.clouds.CloudAccounts;
import io.cloudflux.sync.clouds.CloudsProperties;
import io.cloudflux.sync.clouds.ScanScope;
import io.cloudflux.sync.drift.Reconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts scans: on demand, when a scope's {@code scanEvery} has passed since its last run, and to resume runs a
 * crashed instance left behind. A scope runs one scan at a time across instances (see {@link ScanRuns#claim}).
 */
public class ScanService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScanService.class);
    /** The longest wait before a failed scheduled run is tried again. */
    private static final Duration RETRY_AT_MOST_AFTER = Duration.ofMinutes(5);

    private final ScanRuns runs;
    private final Scanner scanner;
    private final CloudAccounts accounts;
    private final Reconciler reconciler;
    private final ScanProperties properties;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private volatile ExecutorService scans;
    private volatile ScheduledExecutorService ticker;

    ScanService(ScanRuns runs, Scanner scanner, CloudAccounts accounts, Reconciler reconciler,
            ScanProperties properties, Clock clock) {
        this.runs = runs;
        this.scanner = scanner;
        this.accounts = accounts;
        this.reconciler = reconciler;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims the scope and runs the scan in the background; empty when a live run already holds the scope. */
    public Optional<ScanRun> trigger(ScanScope scope, ScanMode mode, String trigger) {
        source(scope);
        Optional<ScanRun> claimed = runs.claim(scope, mode, trigger, owner);
        claimed.ifPresent(run -> scans.execute(() -> finish(run, source(scope))));
        return claimed;
    }

    /** Claims the scope and runs the scan on this thread through {@code adapter}; empty when the scope is held. */
    Optional<ScanRun> runNow(ScanScope scope, ScanMode mode, String trigger, StorageAdapter adapter) {
        ScanSource source = source(scope, adapter);
        return runs.claim(scope, mode, trigger, owner).map(run -> finish(run, source));
    }

    private ScanSource source(ScanScope scope) {
        return source(scope, accounts.adapter(scope.account()));
    }

    private ScanSource source(ScanScope scope, StorageAdapter adapter) {
        CloudsProperties.Bucket bucket = accounts.bucket(scope.account(), scope.bucket());
        InventoryReportPages report = bucket.inventoryReport() == null ? null
                : new InventoryReportPages(scope, adapter, bucket.inventoryReport());
        return new ScanSource(scope, adapter, accounts.listLimiter(scope.account()), bucket.pageSize(), report);
    }

    private ScanRun finish(ScanRun run, ScanSource source) {
        log.info("Scan run={} of {} {} ({})", run.id(), run.scope(), run.pages() > 0 ? "resumes" : "starts",
                run.mode());
        ScanRun ended = scanner.run(run, source, owner);
        log.info("Scan run={} of {} ended {}: {} pages, {} objects, {} new, {} changed, {} missing, {} leftovers",
                ended.id(), ended.scope(), ended.state(), ended.pages(), ended.objectsSeen(), ended.objectsNew(),
                ended.objectsChanged(), ended.objectsMissing(), ended.leftovers());
        if (ended.state() == ScanState.COMPLETED) {
            reconciler.afterScan(ended.scope(), ended.id(), source.adapter());
        }
        return ended;
    }

    /** Triggers what is due: runs abandoned by a crash, and scopes whose {@code scanEvery} has passed. */
    void tick() {
        for (ScanRun abandoned : runs.abandoned()) {
            if (accounts.properties().account(abandoned.scope().account()).isPresent()) {
                trigger(abandoned.scope(), abandoned.mode(), "RESUMED");
            }
        }
        Instant now = clock.instant();
        for (CloudsProperties.Account account : accounts.properties().clouds()) {
            for (CloudsProperties.Bucket bucket : account.buckets()) {
                if (bucket.scanEvery() == null) {
                    continue;
                }
                for (String prefix : bucket.prefixes()) {
                    ScanScope scope = new ScanScope(account.name(), bucket.name(), prefix);
                    if (isDue(scope, bucket.scanEvery(), now)) {
                        trigger(scope, bucket.inventoryReport() != null ? ScanMode.REPORT : ScanMode.FULL,
                                "SCHEDULED");
                    }
                }
            }
        }
    }

    private boolean isDue(ScanScope scope, Duration every, Instant now) {
        Optional<ScanRun> latest = runs.latest(scope);
        if (latest.isEmpty()) {
            return true;
        }
        ScanRun run = latest.get();
        return switch (run.state()) {
            case COMPLETED, ABANDONED -> !run.updatedAt().plus(every).isAfter(now);
            case FAILED -> !run.updatedAt().plus(min(every, RETRY_AT_MOST_AFTER)).isAfter(now);
            case RUNNING -> false;
        };
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        AtomicInteger n = new AtomicInteger();
        scans = Executors.newFixedThreadPool(properties.concurrency(), r -> daemon(r, "scan-" + n.incrementAndGet()));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "scan-scheduler"));
        if (properties.schedule()) {
            ticker.scheduleWithFixedDelay(this::safeTick, 0, properties.checkEvery().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void safeTick() {
        try {
            tick();
        }
        catch (RuntimeException e) {
            log.warn("Scan scheduling failed; trying again in {}: {}", properties.checkEvery(), e.toString());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void stop() {
        ticker.shutdownNow();
        // Running scans are interrupted: each stops FAILED with its marker, and is resumed after the restart.
        scans.shutdownNow();
        try {
            scans.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scans = null;
    }

    @Override
    public boolean isRunning() {
        return scans != null;
    }
}
