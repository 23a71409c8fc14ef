package io.cloudflux.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A command to copy or move one object to a target location and storage class, with the numbers
 * that justify it; the value of {@link Topics#MIGRATION_COMMANDS}. The migration service
 * deduplicates on {@code commandId}.
 *
 * @param source             where the object is now
 * @param target             where it should be; equal to {@code source} for an in-place class change
 * @param reason             why, in a sentence a person can check
 * @param expectedSavingsUsd expected saving over the decision horizon; negative when a person
 *                           asks for a move that costs more (e.g. for data residency)
 * @param oneTimeCostUsd     the cost of the move itself (egress, requests, early deletion, retrieval), &ge; 0
 * @param breakEvenDays      days until the saving repays the one-time cost; absent when it never does
 * @param requestedBy        who asked: {@code cost-service}, or the user behind a manual request
 */
public record MigrationRequested(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID commandId,
        String objectId,
        Location source,
        Location target,
        String targetStorageClass,
        MigrationMode mode,
        String reason,
        double expectedSavingsUsd,
        double oneTimeCostUsd,
        @Nullable Double breakEvenDays,
        String requestedBy) implements CloudFluxEvent {

    public MigrationRequested {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.required(commandId, "commandId");
        Check.notBlank(objectId, "objectId");
        Check.required(source, "source");
        Check.required(target, "target");
        Check.notBlank(targetStorageClass, "targetStorageClass");
        Check.required(mode, "mode");
        Check.notBlank(reason, "reason");
        Check.finite(expectedSavingsUsd, "expectedSavingsUsd");
        Check.finiteNotNegative(oneTimeCostUsd, "oneTimeCostUsd");
        if (breakEvenDays != null) {
            Check.finiteNotNegative(breakEvenDays, "breakEvenDays");
        }
        Check.notBlank(requestedBy, "requestedBy");
    }
}
