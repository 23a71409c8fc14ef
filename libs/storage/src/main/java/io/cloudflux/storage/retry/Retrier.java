package io.cloudflux.storage.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.ThrottledException;
import io.cloudflux.storage.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where storage operations are retried: a {@link StorageException} that says it is
 * {@linkplain StorageException#retriable() retriable} is tried again after a {@link RetryPolicy} wait, until an
 * attempt succeeds, the attempts run out or the next wait would end past the deadline. Then the last failure is
 * thrown, with the earlier ones attached as suppressed.
 */
public final class Retrier {

    private static final Logger log = LoggerFactory.getLogger(Retrier.class);

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    public Retrier(RetryPolicy policy, Clock clock, Sleeper sleeper, RandomGenerator random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The policy on the system clock, sleeping the current thread. */
    public static Retrier of(RetryPolicy policy) {
        return new Retrier(policy, Clock.systemUTC(), Sleeper.THREAD, RandomGenerator.getDefault());
    }

    /** Runs {@code operation} until it succeeds or retrying is over; {@code what} names it in logs. */
    public <T> T call(String what, Supplier<T> operation) {
        Instant deadline = clock.instant().plus(policy.deadline());
        StorageException previous = null;
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            }
            catch (StorageException e) {
                // The last failure is thrown; it carries the earlier ones, each inside the next.
                if (previous != null && previous != e) {
                    e.addSuppressed(previous);
                }
                previous = e;
                Duration wait = waitAfter(attempt, e);
                if (!e.retriable() || attempt >= policy.maxAttempts()
                        || clock.instant().plus(wait).isAfter(deadline)) {
                    throw e;
                }
                log.debug("{}: attempt {} failed ({}), retrying in {} ms", what, attempt, e.getMessage(),
                        wait.toMillis());
                sleep(wait, e);
            }
        }
    }

    /** Runs an action that returns nothing, like {@link #call}. */
    public void run(String what, Runnable operation) {
        call(what, () -> {
            operation.run();
            return null;
        });
    }

    private Duration waitAfter(int attempt, StorageException failure) {
        long ceiling = policy.ceilingAfter(attempt).toNanos();
        Duration jittered = Duration.ofNanos(ceiling == 0 ? 0 : random.nextLong(ceiling + 1));
        if (failure instanceof ThrottledException throttled && throttled.retryAfter().isPresent()) {
            Duration asked = throttled.retryAfter().get();
            return asked.compareTo(jittered) > 0 ? asked : jittered;
        }
        return jittered;
    }

    private void sleep(Duration wait, StorageException failure) {
        try {
            sleeper.sleep(wait);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            TransientException interrupted = new TransientException("interrupted while waiting to retry", e);
            interrupted.addSuppressed(failure);
            throw interrupted;
        }
    }
}
