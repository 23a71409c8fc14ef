package io.cloudflux.gateway.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Coalesces the items of one destination and paces its messages: the latest item per identity is kept until the next
 * flush, and flushes are throttled on both edges — the first item after a quiet spell is due at once, later ones at
 * most once per interval. Thread-safe.
 *
 * @param <T> the item type
 */
final class Coalescer<T> {

    private final Duration interval;
    private final int maxItems;
    private final Clock clock;
    private final LinkedHashMap<String, T> pending = new LinkedHashMap<>();
    private long coalescedAway;
    private Instant lastFlush;
    private boolean flushDue;

    Coalescer(Duration interval, int maxItems, Clock clock) {
        if (interval.isNegative() || maxItems < 1) {
            throw new IllegalArgumentException("interval must not be negative and maxItems at least 1");
        }
        this.interval = interval;
        this.maxItems = maxItems;
        this.clock = clock;
    }

    /**
     * Keeps {@code item} as the latest of {@code identity}, replacing (and counting as dropped) an earlier one.
     *
     * @return how long the caller waits before calling {@link #flush()}, when this offer is the first since the last
     *     flush; empty when a flush is already due
     */
    synchronized Optional<Duration> offer(String identity, T item) {
        // Removing first moves a replaced identity to the end: the most recently updated items survive the cap.
        if (pending.remove(identity) != null) {
            coalescedAway++;
        }
        pending.put(identity, item);
        if (flushDue) {
            return Optional.empty();
        }
        flushDue = true;
        return Optional.of(delayBeforeNextFlush());
    }

    /** Hands over what has gathered since the last flush, the most recently updated {@code maxItems} of it. */
    synchronized Optional<Batch<T>> flush() {
        flushDue = false;
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        lastFlush = clock.instant();
        List<T> items = new ArrayList<>(pending.values());
        int overCap = Math.max(0, items.size() - maxItems);
        Batch<T> batch = new Batch<>(lastFlush, List.copyOf(items.subList(overCap, items.size())),
                coalescedAway + overCap);
        pending.clear();
        coalescedAway = 0;
        return Optional.of(batch);
    }

    private Duration delayBeforeNextFlush() {
        if (lastFlush == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), lastFlush.plus(interval));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /**
     * What one message carries.
     *
     * @param at when the batch was closed, the instant the pace is measured from
     * @param items the latest item per identity, least recently updated first
     * @param dropped items coalesced away (an identity updated again) or left out over the cap
     */
    record Batch<T>(Instant at, List<T> items, long dropped) {
    }
}
