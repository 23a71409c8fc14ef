package io.cloudflux.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/**
 * One access to one object, from a provider's access log, the API or the simulator; the value of
 * {@link Topics#ACCESS_EVENTS}.
 *
 * @param objectId   the object's logical id; before the gateway has resolved a raw log line, the
 *                   location string stands in as a provisional id
 * @param bytes      bytes transferred by the access
 * @param accessedAt when the access happened, whereas {@code occurredAt} is when it was reported
 * @param source     where the access was learnt, e.g. {@code s3-server-access-log}, {@code api}, {@code simulator}
 */
public record AccessEvent(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String objectId,
        Location location,
        Operation operation,
        long bytes,
        Instant accessedAt,
        String source) implements CloudFluxEvent {

    public AccessEvent {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.notBlank(objectId, "objectId");
        Check.required(location, "location");
        Check.required(operation, "operation");
        Check.notNegative(bytes, "bytes");
        Check.required(accessedAt, "accessedAt");
        Check.notBlank(source, "source");
    }

    /**
     * Whether the access read the object's data (GET, or COPY from it): these are the reads that
     * heat an object and pay retrieval fees. PUT and DELETE write; HEAD and LIST touch metadata only.
     */
    @JsonIgnore
    public boolean isDataAccess() {
        return operation == Operation.GET || operation == Operation.COPY;
    }
}
