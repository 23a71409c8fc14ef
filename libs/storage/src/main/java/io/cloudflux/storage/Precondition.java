package io.cloudflux.storage;

/**
 * What an object must still be for a write or delete to go ahead: the guard against overwriting or removing data
 * that changed since it was read. Each adapter sends the strongest match its provider offers: If-Match on the ETag
 * (S3, Azure, filesystem), ifGenerationMatch on the generation (GCS).
 *
 * @param etag    the ETag the object must have, or {@code null}
 * @param version the version (GCS generation) the object must have, or {@code null}
 */
public record Precondition(String etag, String version) {

    private static final Precondition NONE = new Precondition(null, null);

    /** No guard: the operation applies to whatever is there. */
    public static Precondition none() {
        return NONE;
    }

    /** The object must still be the one that was seen. */
    public static Precondition matching(ObjectInfo seen) {
        return new Precondition(seen.etag(), seen.version());
    }

    public static Precondition ifMatch(String etag) {
        return new Precondition(etag, null);
    }

    public boolean isNone() {
        return etag == null && version == null;
    }
}
