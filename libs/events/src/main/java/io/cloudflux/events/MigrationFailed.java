package io.cloudflux.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A migration job FAILED. The source is intact unless {@code stateReached} is SOURCE_DELETED, in
 * which case the catalog already points at the verified target.
 *
 * @param stateReached the last state the job had persisted before it failed; never a terminal one
 * @param error        what went wrong, for a person
 * @param retryable    whether running the command again may succeed (throttling, a transient
 *                     error, a source that changed during the copy) or not (access denied, a
 *                     target class the provider does not offer)
 */
public record MigrationFailed(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID jobId,
        UUID commandId,
        String objectId,
        MigrationState stateReached,
        String error,
        boolean retryable) implements MigrationEvent {

    public MigrationFailed {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.required(jobId, "jobId");
        Check.required(commandId, "commandId");
        Check.notBlank(objectId, "objectId");
        if (Check.required(stateReached, "stateReached").isTerminal()) {
            throw new IllegalArgumentException("field 'stateReached' must not be terminal but was " + stateReached);
        }
        Check.notBlank(error, "error");
    }
}
