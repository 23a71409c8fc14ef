package io.cloudflux.gateway.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import io.cloudflux.events.Operation;

/** Counts the accesses of one window at a time; each {@link #close} answers the window and opens the next. Thread-safe. */
final class AccessRateWindow {

    private Instant start;
    private long events;
    private long bytes;
    private final Map<String, Long> byOperation = new TreeMap<>();

    AccessRateWindow(Instant start) {
        this.start = start;
        reset();
    }

    synchronized void count(String operation, long bytes) {
        events++;
        this.bytes += Math.max(0, bytes);
        if (operation != null) {
            byOperation.merge(operation, 1L, Long::sum);
        }
    }

    synchronized AccessRate close(Instant end) {
        double seconds = Duration.between(start, end).toNanos() / 1e9;
        AccessRate rate = new AccessRate(start, end, events, bytes, seconds > 0 ? events / seconds : 0.0,
                byOperation);
        start = end;
        reset();
        return rate;
    }

    private void reset() {
        events = 0;
        bytes = 0;
        byOperation.clear();
        // Every known operation is present, at zero when unused, so that a chart's series never come and go.
        for (Operation operation : Operation.values()) {
            byOperation.put(operation.name(), 0L);
        }
    }

    /** The {@code data} of an {@code access-rate} message. */
    record AccessRate(Instant windowStart, Instant windowEnd, long events, long bytes, double eventsPerSecond,
            Map<String, Long> byOperation) {

        AccessRate {
            // Sorted, so that equal windows give equal JSON.
            byOperation = Collections.unmodifiableMap(new TreeMap<>(byOperation));
        }
    }
}
