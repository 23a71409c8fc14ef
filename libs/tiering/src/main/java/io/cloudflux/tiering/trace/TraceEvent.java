package io.cloudflux.tiering.trace;

import java.util.Objects;

/** One line of a trace: at {@code epochMillis} (UTC), {@code operation} on {@code objectId} of {@code sizeBytes}. */
public record TraceEvent(long epochMillis, String objectId, Operation operation, long sizeBytes) {
    public static final long MILLIS_PER_DAY = 86_400_000L;

    public TraceEvent {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(operation, "operation");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size must not be negative: " + sizeBytes);
        }
    }

    /** Days since 1970-01-01 (UTC). */
    public long epochDay() {
        return Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    }
}
