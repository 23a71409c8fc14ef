package io.cloudflux.sync.scan;

/** Where a scan run is. */
public enum ScanState {
    RUNNING,
    COMPLETED,
    /** Stopped by an error; its marker is kept and the next trigger of its scope resumes it. */
    FAILED,
    /** A failed run not resumed in time: its marker is stale and a new run starts from the beginning. */
    ABANDONED
}
