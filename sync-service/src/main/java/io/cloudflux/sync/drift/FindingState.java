package io.cloudflux.sync.drift;

/** Where a finding stands; all but OPEN are final. */
public enum FindingState {
    OPEN,
    /** A safe repair ran and fixed it. */
    REPAIRED,
    /** An operator, or a later scan, found it settled. */
    RESOLVED,
    /** An operator decided it is not drift. */
    DISMISSED
}
