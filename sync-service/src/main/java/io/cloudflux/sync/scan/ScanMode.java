package io.cloudflux.sync.scan;

/** What a scan looks for. */
public enum ScanMode {
    /** New, changed and removed objects: once the listing completes, catalogued objects it did not find are swept. */
    FULL,
    /** New and changed objects only; nothing is swept, so a partial view of the bucket is harmless. */
    INCREMENTAL
}
