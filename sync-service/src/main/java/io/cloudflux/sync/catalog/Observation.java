package io.cloudflux.sync.catalog;

import java.time.Instant;
import java.util.Objects;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;

/**
 * What a listing, a HEAD or an inventory report said about the object at one location.
 *
 * @param etag      unquoted, or null when not reported
 * @param version   version id or generation, or null when not reported (listings often omit it)
 * @param checksums {@link Checksums#NONE} when the source reported none
 */
public record Observation(String account, Location location, long sizeBytes, String storageClass, String etag,
        String version, Checksums checksums, Instant lastModified) {

    public Observation {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(storageClass, "storageClass");
        Objects.requireNonNull(checksums, "checksums");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /**
     * Whether the content differs from the catalogued one: size, ETag or version, each compared only when both sides
     * know it. A class change is not a content change.
     */
    public boolean contentDiffersFrom(CatalogEntry entry) {
        return sizeBytes != entry.sizeBytes() || differs(etag, entry.etag()) || differs(version, entry.version());
    }

    /** Whether anything the catalog keeps about the object differs, content or class. */
    public boolean differsFrom(CatalogEntry entry) {
        return contentDiffersFrom(entry) || !storageClass.equals(entry.storageClass());
    }

    /**
     * Whether this content is the catalogued object's: same size and, for every checksum both know (at least one),
     * the same value. Empty objects never match: every empty object has the same content.
     */
    public boolean sameContentAs(CatalogEntry entry) {
        return sizeBytes > 0 && sizeBytes == entry.sizeBytes() && Checksum.agree(checksums, entry.checksums());
    }

    private static boolean differs(String seen, String known) {
        return seen != null && known != null && !seen.equals(known);
    }
}
