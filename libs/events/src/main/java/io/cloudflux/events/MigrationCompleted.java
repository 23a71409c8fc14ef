package io.cloudflux.events;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A migration job is DONE: the target holds verified bytes and the catalog points at it.
 *
 * @param bytes            bytes copied
 * @param verifiedChecksum the checksum found equal on source and target, as
 *                         {@code algorithm:lower-case-hex}, e.g. {@code md5:9e107d9d372bb6826bd81d3542a419d6}
 * @param durationMillis   how long the job took, from PLANNED to DONE
 */
public record MigrationCompleted(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID jobId,
        UUID commandId,
        String objectId,
        Location source,
        Location target,
        long bytes,
        String verifiedChecksum,
        long durationMillis) implements MigrationEvent {

    private static final Pattern CHECKSUM = Pattern.compile("[a-z0-9-]+:[0-9a-f]+");

    public MigrationCompleted {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.required(jobId, "jobId");
        Check.required(commandId, "commandId");
        Check.notBlank(objectId, "objectId");
        Check.required(source, "source");
        Check.required(target, "target");
        Check.notNegative(bytes, "bytes");
        if (!CHECKSUM.matcher(Check.required(verifiedChecksum, "verifiedChecksum")).matches()) {
            throw new IllegalArgumentException("field 'verifiedChecksum' must look like algorithm:hex but was '"
                    + verifiedChecksum + "'");
        }
        Check.notNegative(durationMillis, "durationMillis");
    }
}
