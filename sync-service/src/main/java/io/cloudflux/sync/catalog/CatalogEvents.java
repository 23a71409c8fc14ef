package io.cloudflux.sync.catalog;

import java.time.Clock;
import java.util.UUID;

import io.cloudflux.events.CloudFluxEvent;
import io.cloudflux.events.Location;
import io.cloudflux.events.ObjectLocated;
import io.cloudflux.events.ObjectObserved;
import io.cloudflux.events.ObjectRemoved;

/** The events that announce a catalog change; occurredAt is the wall clock of the change (scans are wall-clock work). */
final class CatalogEvents {

    private final Clock clock;

    CatalogEvents(Clock clock) {
        this.clock = clock;
    }

    ObjectObserved observed(CatalogEntry entry) {
        return new ObjectObserved(UUID.randomUUID(), clock.instant(), CloudFluxEvent.SCHEMA_VERSION, entry.objectId(),
                entry.location(), entry.sizeBytes(), entry.storageClass(), entry.checksums(), entry.lastModified(),
                blankAsNull(entry.version()), blankAsNull(entry.etag()));
    }

    ObjectLocated located(CatalogEntry entry, Location previous) {
        return new ObjectLocated(UUID.randomUUID(), clock.instant(), CloudFluxEvent.SCHEMA_VERSION, entry.objectId(),
                entry.location(), entry.storageClass(), entry.sizeBytes(), entry.checksums(), previous);
    }

    ObjectRemoved removed(CatalogEntry entry) {
        return new ObjectRemoved(UUID.randomUUID(), clock.instant(), CloudFluxEvent.SCHEMA_VERSION, entry.objectId(),
                entry.location(), clock.instant(), blankAsNull(entry.version()));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
