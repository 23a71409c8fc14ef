package io.cloudflux.sync.catalog;

/** Whether a catalogued object is where the catalog expects it. */
public enum ObjectState {
    /** The last scan of its bucket found it. */
    PRESENT,
    /** A completed scan did not find it where the catalog points; a MISSING finding says so. */
    MISSING
}
