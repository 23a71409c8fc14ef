package io.cloudflux.events;

/**
 * The states of a migration job, in the order a successful job goes through them, then the two
 * ways it can end otherwise. Each transition is persisted before it is acted on.
 */
public enum MigrationState {
    PLANNED, COPYING, VERIFYING, COMMITTED, SOURCE_DELETED, DONE, FAILED, CANCELLED;

    /** Whether the job has ended and will not change state again. */
    public boolean isTerminal() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
