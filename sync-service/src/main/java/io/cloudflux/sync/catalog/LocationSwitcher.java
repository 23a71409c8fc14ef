package io.cloudflux.sync.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.cloudflux.events.Location;
import io.cloudflux.sync.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches an object's location atomically and only from the expected one: one conditional UPDATE, so that of two
 * movers racing from the same location exactly one wins. The same transaction keeps the left location in the
 * history and announces the move (ObjectLocated with its previous location, ObjectObserved at the target).
 */
public class LocationSwitcher {

    private final JdbcTemplate jdbc;
    private final CatalogStore store;
    private final Outbox outbox;
    private final CatalogEvents events;
    private final Clock clock;

    LocationSwitcher(JdbcTemplate jdbc, CatalogStore store, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.outbox = outbox;
        this.events = new CatalogEvents(clock);
        this.clock = clock;
    }

    @Transactional
    public SwitchOutcome switchLocation(LocationSwitch request) {
        if (!request.target().equals(request.expected())) {
            var holder = store.findByLocation(request.target());
            if (holder.isPresent() && !holder.get().objectId().equals(request.objectId())) {
                return new SwitchOutcome.TargetTaken(holder.get().objectId());
            }
        }
        Instant now = clock.instant();
        Location target = request.target();
        // The row lock of the CTE makes a racing switch wait, then re-check the location against the winner's.
        List<Previous> previous = jdbc.query("with old as (select object_id, storage_class, located_at "
                + "from catalog_object where object_id = ? and location = ? for update) "
                + "update catalog_object c set provider = ?, account = ?, bucket = ?, object_key = ?, location = ?, "
                + "size_bytes = ?, storage_class = ?, etag = ?, version = ?, md5 = ?, crc32c = ?, sha256 = ?, "
                + "last_modified = ?, located_at = case when c.location = ? then c.located_at else ? end, "
                + "updated_at = ?, state = 'PRESENT' from old where c.object_id = old.object_id "
                + "returning old.storage_class, old.located_at", (rs, n) -> new Previous(rs.getString(1),
                        CatalogRows.instant(rs, "located_at")),
                request.objectId(), request.expected().toString(), target.provider().name(), request.account(),
                target.bucket(), target.key(), target.toString(), request.sizeBytes(), request.storageClass(),
                request.etag(), request.version(), request.checksums().md5(), request.checksums().crc32c(),
                request.checksums().sha256(), Timestamp.from(request.lastModified()), target.toString(),
                Timestamp.from(now), Timestamp.from(now));
        if (previous.isEmpty()) {
            return store.find(request.objectId())
                    .<SwitchOutcome>map(SwitchOutcome.NotAtExpected::new)
                    .orElseGet(() -> new SwitchOutcome.UnknownObject(request.objectId()));
        }
        boolean moved = !target.equals(request.expected());
        if (moved) {
            jdbc.update("insert into location_history (object_id, location, storage_class, located_from, "
                    + "located_until, reason, actor) values (?, ?, ?, ?, ?, ?, ?)", request.objectId(),
                    request.expected().toString(), previous.get(0).storageClass(),
                    Timestamp.from(previous.get(0).locatedAt()), Timestamp.from(now), request.reason(),
                    request.actor());
        }
        CatalogEntry entry = store.find(request.objectId()).orElseThrow();
        outbox.append(List.of(events.located(entry, moved ? request.expected() : null), events.observed(entry)));
        return new SwitchOutcome.Switched(entry);
    }

    private record Previous(String storageClass, Instant locatedAt) {
    }
}
