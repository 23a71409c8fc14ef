package io.cloudflux.sync.drift;

/** What is out of line between the catalog and a bucket. */
public enum DriftKind {
    /** The catalog expects the object where a completed scan and a HEAD did not find it. */
    MISSING,
    /** The object's content changed outside CloudFlux: ETag, size or version differ from the catalog's. */
    CHANGED,
    /** A copy of a catalogued object at a location the catalog does not point to, e.g. a failed migration's. */
    LEFTOVER,
    /** Bytes read back do not hash to the checksums the catalog keeps. */
    CHECKSUM_MISMATCH
}
