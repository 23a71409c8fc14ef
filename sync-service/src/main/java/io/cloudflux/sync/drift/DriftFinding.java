package io.cloudflux.sync.drift;

import java.time.Instant;
import java.util.Map;

import io.cloudflux.events.Location;

/**
 * One finding with its evidence.
 *
 * @param objectId the catalogued object it concerns: the missing or changed one, or the original of a leftover
 * @param location where the drift is: the catalogued location, or the leftover's
 * @param evidence what was seen, e.g. the catalog's and the bucket's ETag and size
 */
public record DriftFinding(long id, DriftKind kind, FindingState state, String objectId, Location location,
        String account, String bucket, Map<String, Object> evidence, Long scanId, Instant detectedAt,
        Instant closedAt, String closedBy, String note) {
}
