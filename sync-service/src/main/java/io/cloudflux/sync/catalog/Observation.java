package io.cloudflux.sync.catalog;

import java.time.Instant;
import java.util.Objects;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.StorageAdapter;

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

    /** What a provider reported about an object of the account {@code adapter} serves. */
    public static Observation of(String account, StorageAdapter adapter, ObjectInfo info) {
        String storageClass = info.storageClass() != null && !info.storageClass().isBlank() ? info.storageClass()
                : defaultClass(adapter.provider());
        Instant modified = info.lastModified() != null ? info.lastModified() : Instant.EPOCH;
        return new Observation(account, adapter.locationOf(info.key()), info.size(), storageClass, blank(info.etag()),
                blank(info.version()), info.checksums(), modified);
    }

    /** The class a provider writes when none is given, which some listings leave out. */
    static String defaultClass(Provider provider) {
        return provider == Provider.AZURE ? "Hot" : "STANDARD";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Whether the content differs from the catalogued one: size, ETag, version or a checksum, each compared only when
     * both sides know it. A class change is not a content change.
     */
    public boolean contentDiffersFrom(CatalogEntry entry) {
        return sizeBytes != entry.sizeBytes() || differs(etag, entry.etag()) || differs(version, entry.version())
                || Checksum.contradict(checksums, entry.checksums());
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
