package io.cloudflux.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A migration job reached a state, or copied more bytes. The end of a job is reported by
 * {@link MigrationCompleted} or {@link MigrationFailed}, so the state here is never DONE or
 * FAILED; a cancelled job reports CANCELLED here.
 *
 * @param bytesCopied              bytes copied so far, at most {@code totalBytes}
 * @param totalBytes               the object's size
 * @param throughputBytesPerSecond the recent copy rate, &ge; 0
 */
public record MigrationProgressed(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID jobId,
        UUID commandId,
        String objectId,
        MigrationState state,
        long bytesCopied,
        long totalBytes,
        double throughputBytesPerSecond) implements MigrationEvent {

    public MigrationProgressed {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.required(jobId, "jobId");
        Check.required(commandId, "commandId");
        Check.notBlank(objectId, "objectId");
        if (Check.required(state, "state") == MigrationState.DONE || state == MigrationState.FAILED) {
            throw new IllegalArgumentException("field 'state' must not be " + state
                    + ": a job's end is reported by MigrationCompleted or MigrationFailed");
        }
        Check.notNegative(bytesCopied, "bytesCopied");
        if (bytesCopied > Check.notNegative(totalBytes, "totalBytes")) {
            throw new IllegalArgumentException("field 'bytesCopied' must be <= totalBytes = " + totalBytes + " but was " + bytesCopied);
        }
        Check.finiteNotNegative(throughputBytesPerSecond, "throughputBytesPerSecond");
    }
}
