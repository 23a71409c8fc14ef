package io.cloudflux.events;

import java.util.UUID;

/** A value of {@link Topics#MIGRATION_EVENTS}: how one migration job is going. */
public sealed interface MigrationEvent extends CloudFluxEvent permits MigrationProgressed, MigrationCompleted, MigrationFailed {

    /** The job, unique per attempt to carry out a command. */
    UUID jobId();

    /** The {@link MigrationRequested#commandId()} the job carries out. */
    UUID commandId();
}
