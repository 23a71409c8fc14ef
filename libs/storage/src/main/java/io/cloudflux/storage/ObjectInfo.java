package io.cloudflux.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.cloudflux.events.Checksums;

/**
 * What a provider reports about one object. A listing reports what the provider's listing carries: there the
 * version may be absent and the checksums {@link Checksums#NONE}; {@link StorageAdapter#head} reports all it keeps.
 *
 * @param key          the object
 * @param size         bytes
 * @param storageClass the provider's own class name ({@code STANDARD_IA}, {@code Cool}, {@code NEARLINE}...)
 * @param etag         the entity tag, unquoted; an S3 multipart ETag is not an MD5
 * @param version      S3 version id, GCS generation, filesystem revision; {@code null} when the provider has none
 * @param lastModified when the content was last written
 * @param checksums    the full-object checksums the provider keeps, never a multipart ETag
 * @param archiveState whether the bytes are readable now
 * @param attributes   content type, encoding and user metadata; {@link ObjectAttributes#UNKNOWN} when the answer
 *                     carried none (an S3 listing)
 */
public record ObjectInfo(ObjectKey key, long size, String storageClass, String etag, String version,
        Instant lastModified, Checksums checksums, ArchiveState archiveState, ObjectAttributes attributes) {

    public ObjectInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(checksums, "checksums");
        Objects.requireNonNull(archiveState, "archiveState");
        attributes = Objects.requireNonNullElse(attributes, ObjectAttributes.UNKNOWN);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }

    /** An object described without its attributes. */
    public ObjectInfo(ObjectKey key, long size, String storageClass, String etag, String version,
            Instant lastModified, Checksums checksums, ArchiveState archiveState) {
        this(key, size, storageClass, etag, version, lastModified, checksums, archiveState, ObjectAttributes.UNKNOWN);
    }

    /** The same object with other checksums (of the same version). */
    public ObjectInfo withChecksums(Checksums newChecksums) {
        return new ObjectInfo(key, size, storageClass, etag, version, lastModified, newChecksums, archiveState,
                attributes);
    }

    /** The same object with other attributes (of the same version). */
    public ObjectInfo withAttributes(ObjectAttributes newAttributes) {
        return new ObjectInfo(key, size, storageClass, etag, version, lastModified, checksums, archiveState,
                newAttributes);
    }

    /** The version, when the provider keeps one. */
    public Optional<String> versionIfAny() {
        return Optional.ofNullable(version);
    }
}
