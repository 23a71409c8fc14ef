package io.cloudflux.storage;

import java.util.Objects;

/**
 * What must be at the key for a put to commit: anything, nothing, or the very version the writer means to replace.
 * Each adapter sends it with the request that makes the object visible (S3 If-None-Match / If-Match on PutObject and
 * CompleteMultipartUpload, Azure If-None-Match / If-Match on Put Blob and Put Block List, GCS ifGenerationMatch,
 * a compare under the key's lock on the filesystem), so a second writer makes the put fail with
 * {@link PreconditionFailedException} instead of one overwriting the other unseen.
 *
 * @param mustBeAbsent no object may exist at the key
 * @param etag         the ETag the object being replaced must still have, or {@code null}
 * @param version      the version (GCS generation, filesystem revision) it must still have, or {@code null}
 */
public record WriteCondition(boolean mustBeAbsent, String etag, String version) {

    /** No condition: the put replaces whatever is there. */
    public static final WriteCondition ANY = new WriteCondition(false, null, null);
    /** Only when nothing exists at the key. */
    public static final WriteCondition ABSENT = new WriteCondition(true, null, null);

    public WriteCondition {
        if (mustBeAbsent && (etag != null || version != null)) {
            throw new IllegalArgumentException("an absent object has no ETag or version to match");
        }
    }

    /** Only when the object at the key is still {@code seen}. */
    public static WriteCondition replacing(ObjectInfo seen) {
        Objects.requireNonNull(seen, "seen");
        return new WriteCondition(false, seen.etag(), seen.version());
    }

    public boolean isAny() {
        return !mustBeAbsent && etag == null && version == null;
    }
}
