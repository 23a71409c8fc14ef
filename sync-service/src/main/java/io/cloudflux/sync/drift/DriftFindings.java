package io.cloudflux.sync.drift;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudflux.events.EventJson;
import io.cloudflux.events.Location;
import io.cloudflux.platform.api.PageQuery;
import io.cloudflux.platform.api.PageResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drift_finding table. At most one OPEN finding of a kind per location: a scan that sees the same drift again
 * does not repeat it.
 */
public class DriftFindings {

    static final Map<String, String> SORTABLE = Map.of("detectedAt", "detected_at", "kind", "kind", "state", "state",
            "location", "location");

    private static final String COLUMNS = "id, kind, state, object_id, location, account, bucket, evidence, scan_id, "
            + "detected_at, closed_at, closed_by, note";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RowMapper<DriftFinding> rows = this::finding;

    DriftFindings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a finding unless one of this kind is already OPEN at the location; answers whether it did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean open(DriftKind kind, String objectId, Location location, String account,
            Map<String, Object> evidence, Long scanId) {
        return jdbc.update("insert into drift_finding (kind, state, object_id, location, account, bucket, evidence, "
                + "scan_id, detected_at) values (?, 'OPEN', ?, ?, ?, ?, ?::jsonb, ?, ?) "
                + "on conflict (kind, location) where state = 'OPEN' do nothing", kind.name(), objectId,
                location.toString(), account, location.bucket(), EventJson.mapper().writeValueAsString(evidence),
                scanId, Timestamp.from(clock.instant())) == 1;
    }

    /** Closes the OPEN finding of this kind at the location, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeOpen(DriftKind kind, Location location, FindingState to, String by, String note) {
        jdbc.update("update drift_finding set state = ?, closed_at = ?, closed_by = ?, note = ? "
                + "where kind = ? and location = ? and state = 'OPEN'", to.name(), Timestamp.from(clock.instant()), by,
                note, kind.name(), location.toString());
    }

    /** Closes an OPEN finding; false when it was not OPEN any more. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean close(long id, FindingState to, String by, String note) {
        return jdbc.update("update drift_finding set state = ?, closed_at = ?, closed_by = ?, note = ? "
                + "where id = ? and state = 'OPEN'", to.name(), Timestamp.from(clock.instant()), by, note, id) == 1;
    }

    /** Adds to an OPEN finding's evidence, e.g. why a repair did not run. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addEvidence(long id, Map<String, Object> more) {
        jdbc.update("update drift_finding set evidence = evidence || ?::jsonb where id = ?",
                EventJson.mapper().writeValueAsString(more), id);
    }

    public Optional<DriftFinding> find(long id) {
        return jdbc.query("select " + COLUMNS + " from drift_finding where id = ?", rows, id).stream().findFirst();
    }

    /** OPEN findings of a kind, oldest first. */
    public List<DriftFinding> openOfKind(DriftKind kind, int limit) {
        return jdbc.query("select " + COLUMNS + " from drift_finding where kind = ? and state = 'OPEN' order by id "
                + "limit ?", rows, kind.name(), limit);
    }

    /** OPEN findings per account and bucket, keyed {@code account/bucket}. */
    public Map<String, Long> openCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select account, bucket, count(*) from drift_finding where state = 'OPEN' group by account, bucket",
                rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        return counts;
    }

    PageResponse<DriftFinding> search(FindingState state, DriftKind kind, String account, String bucket,
            String objectId, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        condition(where, args, "state = ?", state == null ? null : state.name());
        condition(where, args, "kind = ?", kind == null ? null : kind.name());
        condition(where, args, "account = ?", account);
        condition(where, args, "bucket = ?", bucket);
        condition(where, args, "object_id = ?", objectId);
        Long total = jdbc.queryForObject("select count(*) from drift_finding" + where, Long.class, args.toArray());
        args.add(page.size());
        args.add(page.offset());
        List<DriftFinding> items = jdbc.query("select " + COLUMNS + " from drift_finding" + where + " order by "
                + page.orderBy(SORTABLE) + ", id desc limit ? offset ?", rows, args.toArray());
        return new PageResponse<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null && !(value instanceof String text && text.isEmpty())) {
            where.append(" and ").append(sql);
            args.add(value);
        }
    }

    @SuppressWarnings("unchecked")
    private DriftFinding finding(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        long scan = rs.getLong("scan_id");
        Long scanId = rs.wasNull() ? null : scan;
        return new DriftFinding(rs.getLong("id"), DriftKind.valueOf(rs.getString("kind")),
                FindingState.valueOf(rs.getString("state")), rs.getString("object_id"),
                Location.parse(rs.getString("location")), rs.getString("account"), rs.getString("bucket"),
                EventJson.mapper().readValue(rs.getString("evidence"), LinkedHashMap.class),
                scanId, rs.getTimestamp("detected_at").toInstant(),
                closed == null ? null : closed.toInstant(), rs.getString("closed_by"), rs.getString("note"));
    }
}
