package io.cloudflux.sync.clouds;

import java.time.Clock;
import java.time.Duration;

import io.cloudflux.storage.retry.Sleeper;

/**
 * A token bucket of list calls: {@code perSecond} tokens a second, at most one second's worth saved up. Thread-safe:
 * every scan of an account takes its calls from the same bucket.
 */
public final class ListRateLimiter {

    private final double perSecond;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;
    private long refilledAtMillis;

    public ListRateLimiter(double perSecond, Clock clock, Sleeper sleeper) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("perSecond must be positive: " + perSecond);
        }
        this.perSecond = perSecond;
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = Math.max(1, perSecond);
        this.refilledAtMillis = clock.millis();
    }

    /** Waits until a call is allowed, then takes it. */
    public void acquire() throws InterruptedException {
        Duration wait;
        while (!(wait = tryAcquire()).isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Takes a call and answers zero, or answers how long to wait before asking again. */
    synchronized Duration tryAcquire() {
        long now = clock.millis();
        tokens = Math.min(Math.max(1, perSecond), tokens + (now - refilledAtMillis) * perSecond / 1000.0);
        refilledAtMillis = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.max(1, (long) Math.ceil((1 - tokens) * 1000 / perSecond)));
    }
}
