package io.cloudflux.events;

/** Whether a migration keeps the source (COPY) or deletes it once the catalog points at the target (MOVE). */
public enum MigrationMode {
    COPY, MOVE
}
