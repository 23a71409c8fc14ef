package io.cloudflux.sync.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import io.cloudflux.sync.clouds.CloudAccounts;

/**
 * Whether a bucket answers, and how fast: a one-object list call, timed. Results are kept for a while so that a
 * dashboard polling the status does not poll the clouds; a probe that outlasts its timeout reports unreachable.
 */
class BucketProbe {

    private static final Duration KEEP = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    record Result(boolean reachable, Long latencyMillis, String error, Instant probedAt) {
    }

    private final CloudAccounts accounts;
    private final Executor executor;
    private final Clock clock;
    private final Map<String, CompletableFuture<Result>> results = new ConcurrentHashMap<>();

    BucketProbe(CloudAccounts accounts, Executor executor, Clock clock) {
        this.accounts = accounts;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts the probe of a bucket unless a recent result is kept. */
    CompletableFuture<Result> probe(String account, String bucket, String prefix) {
        return results.compute(account + "/" + bucket, (key, kept) -> kept != null && isFresh(kept) ? kept
                : CompletableFuture.supplyAsync(() -> run(account, bucket, prefix), executor)
                        .completeOnTimeout(new Result(false, null, "no answer within " + TIMEOUT, clock.instant()),
                                TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    }

    private boolean isFresh(CompletableFuture<Result> kept) {
        return !kept.isDone() || kept.join().probedAt().plus(KEEP).isAfter(clock.instant());
    }

    private Result run(String account, String bucket, String prefix) {
        long started = System.nanoTime();
        try {
            accounts.adapter(account).list(bucket, prefix, null, 1);
            return new Result(true, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), null, clock.instant());
        }
        catch (RuntimeException e) {
            return new Result(false, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }
}
