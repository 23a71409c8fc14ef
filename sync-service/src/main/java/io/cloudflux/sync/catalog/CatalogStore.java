package io.cloudflux.sync.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.CloudFluxEvent;
import io.cloudflux.events.Location;
import io.cloudflux.sync.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's table: reads by id, location and key range, and the batched writes of a scan. Every write appends the
 * events that announce it to the outbox in the caller's transaction: ObjectObserved on {@code cloudflux.inventory}
 * and ObjectLocated on {@code cloudflux.catalog} for a new or changed object, ObjectRemoved for a missing one.
 */
public class CatalogStore {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final CatalogEvents events;
    private final Clock clock;

    CatalogStore(JdbcTemplate jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.events = new CatalogEvents(clock);
        this.clock = clock;
    }

    public Optional<CatalogEntry> find(String objectId) {
        return jdbc.query("select " + CatalogRows.COLUMNS + " from catalog_object where object_id = ?",
                CatalogRows.ENTRY, objectId).stream().findFirst();
    }

    public Optional<CatalogEntry> findByLocation(Location location) {
        return jdbc.query("select " + CatalogRows.COLUMNS + " from catalog_object where location = ?",
                CatalogRows.ENTRY, location.toString()).stream().findFirst();
    }

    /** The locations the object left, oldest first. */
    public List<HistoryEntry> history(String objectId) {
        return jdbc.query("select location, storage_class, located_from, located_until, reason, actor "
                + "from location_history where object_id = ? order by id", (rs, n) -> new HistoryEntry(
                        Location.parse(rs.getString(1)), rs.getString(2), CatalogRows.instant(rs, "located_from"),
                        CatalogRows.instant(rs, "located_until"), rs.getString(5), rs.getString(6)), objectId);
    }

    /** Objects, bytes and missing objects per account and bucket, keyed {@code account/bucket}. */
    public Map<String, BucketTotals> totals() {
        Map<String, BucketTotals> totals = new LinkedHashMap<>();
        jdbc.query("select account, bucket, count(*), coalesce(sum(size_bytes), 0), "
                + "count(*) filter (where state = 'MISSING') from catalog_object group by account, bucket", rs -> {
                    BucketTotals t = new BucketTotals(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5));
                    totals.put(t.account() + "/" + t.bucket(), t);
                });
        return totals;
    }

    /** Whether the location is one the object left. */
    public boolean isFormerLocation(String objectId, Location location) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from location_history "
                + "where object_id = ? and location = ?)", Boolean.class, objectId, location.toString()));
    }

    /**
     * The objects of a bucket under a prefix whose key is after {@code afterKey} (or from the prefix's start when
     * null) and at most {@code upToKey} (or to the prefix's end when null), in key order.
     */
    public List<CatalogEntry> inRange(String account, String bucket, String prefix, String afterKey,
            String upToKey) {
        StringBuilder sql = new StringBuilder("select " + CatalogRows.COLUMNS + " from catalog_object "
                + "where account = ? and bucket = ? and starts_with(object_key, ?)");
        List<Object> args = new ArrayList<>(List.of(account, bucket, prefix));
        if (afterKey != null) {
            sql.append(" and object_key > ?");
            args.add(afterKey);
        }
        else if (!prefix.isEmpty()) {
            sql.append(" and object_key >= ?");
            args.add(prefix);
        }
        if (upToKey != null) {
            sql.append(" and object_key <= ?");
            args.add(upToKey);
        }
        return jdbc.query(sql.append(" order by object_key").toString(), CatalogRows.ENTRY, args.toArray());
    }

    /** The catalogued objects of a bucket at these keys, by key. */
    public Map<String, CatalogEntry> byKeys(String account, String bucket, Collection<String> keys) {
        Map<String, CatalogEntry> found = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.query("select " + CatalogRows.COLUMNS + " from catalog_object where account = ? and bucket = ? "
                + "and object_key = any(?::text[])", CatalogRows.ENTRY, account, bucket, keys.toArray(String[]::new))
                .forEach(entry -> found.put(entry.key(), entry));
        return found;
    }

    /** Catalogued objects that may have the content of one of these observations (same MD5 or CRC32C). */
    public List<CatalogEntry> candidatesOfSameContent(Collection<Observation> observations) {
        String[] md5 = observations.stream().map(o -> o.checksums().md5()).filter(v -> v != null).toArray(String[]::new);
        String[] crc = observations.stream().map(o -> o.checksums().crc32c()).filter(v -> v != null)
                .toArray(String[]::new);
        if (md5.length == 0 && crc.length == 0) {
            return List.of();
        }
        return jdbc.query("select " + CatalogRows.COLUMNS + " from catalog_object "
                + "where md5 = any(?::text[]) or crc32c = any(?::text[])", CatalogRows.ENTRY, md5, crc);
    }

    /**
     * Catalogs objects seen for the first time, each under a new objectId. A location another writer catalogued
     * meanwhile is skipped: answers the entries this call created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<CatalogEntry> insertNew(List<Observation> observations) {
        if (observations.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        int n = observations.size();
        String[] ids = new String[n];
        String[] providers = new String[n];
        String[] accounts = new String[n];
        String[] buckets = new String[n];
        String[] keys = new String[n];
        String[] locations = new String[n];
        Long[] sizes = new Long[n];
        String[] classes = new String[n];
        String[] etags = new String[n];
        String[] versions = new String[n];
        String[] md5 = new String[n];
        String[] crc = new String[n];
        String[] sha = new String[n];
        String[] modified = new String[n];
        for (int i = 0; i < n; i++) {
            Observation o = observations.get(i);
            ids[i] = UUID.randomUUID().toString();
            providers[i] = o.location().provider().name();
            accounts[i] = o.account();
            buckets[i] = o.location().bucket();
            keys[i] = o.location().key();
            locations[i] = o.location().toString();
            sizes[i] = o.sizeBytes();
            classes[i] = o.storageClass();
            etags[i] = o.etag();
            versions[i] = o.version();
            md5[i] = o.checksums().md5();
            crc[i] = o.checksums().crc32c();
            sha[i] = o.checksums().sha256();
            modified[i] = o.lastModified().toString();
        }
        Timestamp at = Timestamp.from(now);
        Set<String> inserted = new HashSet<>(jdbc.queryForList("insert into catalog_object (object_id, provider, "
                + "account, bucket, object_key, location, size_bytes, storage_class, etag, version, md5, crc32c, sha256, "
                + "last_modified, first_seen, located_at, updated_at, state) "
                + "select id, p, a, b, k, l, s, c, e, v, m, r, h, t::timestamptz, ?, ?, ?, 'PRESENT' from unnest("
                + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], "
                + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, p, a, b, k, l, s, c, e, v, m, r, h, t) "
                + "on conflict do nothing returning object_id", String.class, at, at, at, ids, providers, accounts,
                buckets, keys, locations, sizes, classes, etags, versions, md5, crc, sha, modified));
        List<CatalogEntry> created = new ArrayList<>(inserted.size());
        for (int i = 0; i < n; i++) {
            if (inserted.contains(ids[i])) {
                Observation o = observations.get(i);
                created.add(new CatalogEntry(ids[i], o.account(), o.location(), o.sizeBytes(), o.storageClass(),
                        o.etag(), o.version(), o.checksums(), o.lastModified(), now, now, now, ObjectState.PRESENT));
            }
        }
        announce(created);
        return created;
    }

    /**
     * Records what was observed at an object's catalogued location: content, class and state PRESENT. Checksums the
     * observation lacks are kept only when the content did not change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CatalogEntry updateObserved(CatalogEntry entry, Observation seen) {
        Checksums checksums = seen.contentDiffersFrom(entry) ? seen.checksums()
                : Checksum.merge(seen.checksums(), entry.checksums());
        String etag = seen.etag() != null ? seen.etag() : entry.etag();
        String version = seen.version() != null ? seen.version() : entry.version();
        Instant now = clock.instant();
        jdbc.update("update catalog_object set size_bytes = ?, storage_class = ?, etag = ?, version = ?, md5 = ?, "
                + "crc32c = ?, sha256 = ?, last_modified = ?, updated_at = ?, state = 'PRESENT' "
                + "where object_id = ? and location = ?", seen.sizeBytes(), seen.storageClass(), etag, version,
                checksums.md5(), checksums.crc32c(),
                checksums.sha256(), Timestamp.from(seen.lastModified()), Timestamp.from(now), entry.objectId(),
                entry.location().toString());
        CatalogEntry updated = new CatalogEntry(entry.objectId(), entry.account(), entry.location(), seen.sizeBytes(),
                seen.storageClass(), etag, version, checksums,
                seen.lastModified(), entry.firstSeen(), entry.locatedAt(), now, ObjectState.PRESENT);
        announce(List.of(updated));
        return updated;
    }

    /** Records checksums computed from the object's bytes, for the algorithms the catalog did not know yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void completeChecksums(CatalogEntry entry, Checksums computed) {
        Checksums merged = Checksum.merge(entry.checksums(), computed);
        if (merged.equals(entry.checksums())) {
            return;
        }
        jdbc.update("update catalog_object set md5 = ?, crc32c = ?, sha256 = ?, updated_at = ? "
                + "where object_id = ? and location = ?", merged.md5(), merged.crc32c(), merged.sha256(),
                Timestamp.from(clock.instant()), entry.objectId(), entry.location().toString());
    }

    /**
     * Marks the object MISSING at its location, if it is still there and PRESENT, and announces ObjectRemoved;
     * answers whether it did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markMissing(CatalogEntry entry) {
        int changed = jdbc.update("update catalog_object set state = 'MISSING', updated_at = ? "
                + "where object_id = ? and location = ? and state = 'PRESENT'", Timestamp.from(clock.instant()),
                entry.objectId(), entry.location().toString());
        if (changed == 1) {
            outbox.append(events.removed(entry));
        }
        return changed == 1;
    }

    private void announce(List<CatalogEntry> entries) {
        List<CloudFluxEvent> announced = new ArrayList<>(entries.size() * 2);
        for (CatalogEntry entry : entries) {
            announced.add(events.observed(entry));
            announced.add(events.located(entry, null));
        }
        outbox.append(announced);
    }
}
