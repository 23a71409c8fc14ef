package io.cloudflux.sync.catalog;

import java.time.Instant;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;

/**
 * One catalogued object: its stable id and where it is now, with what the provider last reported about it.
 *
 * @param account    the configured account (see {@code cloudflux.clouds}) the location belongs to
 * @param firstSeen  when CloudFlux first saw the object
 * @param locatedAt  since when it is at this location
 */
public record CatalogEntry(
        String objectId,
        String account,
        Location location,
        long sizeBytes,
        String storageClass,
        String etag,
        String version,
        Checksums checksums,
        Instant lastModified,
        Instant firstSeen,
        Instant locatedAt,
        Instant updatedAt,
        ObjectState state) {

    public String bucket() {
        return location.bucket();
    }

    public String key() {
        return location.key();
    }
}
