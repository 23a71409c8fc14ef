package io.cloudflux.sync.scan;

/** What a scan looks for. */
public enum ScanMode {
    /** New, changed and removed objects: once the listing completes, catalogued objects it did not find are swept. */
    FULL,
    /** New and changed objects only; nothing is swept, so a partial view of the bucket is harmless. */
    INCREMENTAL,
    /**
     * New and changed objects read from the bucket's latest inventory report instead of a listing; nothing is swept,
     * since a report is a day old and not in key order.
     */
    REPORT
}
