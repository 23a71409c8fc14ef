package io.cloudflux.storage.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounded exponential backoff with full jitter and a deadline: attempt {@code n} waits a random time in
 * {@code [0, min(maxBackoff, initialBackoff × 2^(n-1))]}, or longer when the provider asked for it (Retry-After), and
 * no attempt starts once {@code deadline} has passed since the first.
 *
 * @param maxAttempts    attempts in all, the first included
 * @param initialBackoff the ceiling of the first wait
 * @param maxBackoff     the ceiling of any wait
 * @param deadline       how long all attempts together may take
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration deadline) {

    /** 8 attempts, 100 ms doubling up to 20 s, within 2 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(20),
            Duration.ofMinutes(2));

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(deadline, "deadline");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
        }
    }

    /** The ceiling of the wait after failed attempt {@code attempt} (from 1). */
    Duration ceilingAfter(int attempt) {
        int doublings = Math.min(attempt - 1, 30);
        long nanos = initialBackoff.toNanos();
        long ceiling = nanos > (maxBackoff.toNanos() >> doublings) ? maxBackoff.toNanos() : nanos << doublings;
        return Duration.ofNanos(Math.min(ceiling, maxBackoff.toNanos()));
    }
}
