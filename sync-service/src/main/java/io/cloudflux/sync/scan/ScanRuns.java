package io.cloudflux.sync.scan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.cloudflux.sync.clouds.ScanScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scan_run table: claiming a scope (resuming its unfinished run, or starting one), the page commits that move
 * its marker, and its end. A run is held through a lease renewed by every page; a run whose lease ran out was
 * abandoned by a crash and may be resumed by anyone.
 */
public class ScanRuns {

    private static final String COLUMNS = "id, account, bucket, prefix, mode, trigger, state, started_at, finished_at, "
            + "updated_at, page_token, last_key, listing_done, pages, objects_seen, bytes_seen, objects_new, "
            + "objects_changed, objects_missing, leftovers, errors, last_error, active_millis";

    private static final RowMapper<ScanRun> RUN = ScanRuns::run;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ScanProperties properties;

    ScanRuns(JdbcTemplate jdbc, Clock clock, ScanProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Takes the scope for {@code owner}: resumes its unfinished run when it is FAILED or its lease ran out, starts a
     * new run otherwise; empty when a live run holds it.
     */
    @Transactional
    public Optional<ScanRun> claim(ScanScope scope, ScanMode mode, String trigger, String owner) {
        Instant now = clock.instant();
        Timestamp leaseUntil = Timestamp.from(now.plus(properties.lease()));
        Optional<ScanRun> unfinished = jdbc.query("select " + COLUMNS + " from scan_run where account = ? and "
                + "bucket = ? and prefix = ? and state in ('RUNNING', 'FAILED') for update", RUN, scope.account(),
                scope.bucket(), scope.prefix()).stream().findFirst();
        if (unfinished.isPresent()) {
            ScanRun run = unfinished.get();
            boolean stale = run.state() == ScanState.FAILED
                    && run.updatedAt().isBefore(now.minus(properties.resumeWithin()));
            if (stale) {
                jdbc.update("update scan_run set state = 'ABANDONED', updated_at = ? where id = ?",
                        Timestamp.from(now), run.id());
            }
            else {
                int taken = jdbc.update("update scan_run set state = 'RUNNING', lease_owner = ?, lease_until = ?, "
                        + "updated_at = ? where id = ? and (state = 'FAILED' or lease_until < ? or lease_owner = ?)",
                        owner, leaseUntil, Timestamp.from(now), run.id(), Timestamp.from(now), owner);
                return taken == 1 ? find(run.id()) : Optional.empty();
            }
        }
        try {
            Long id = jdbc.queryForObject("insert into scan_run (account, bucket, prefix, mode, trigger, state, "
                    + "started_at, updated_at, lease_owner, lease_until) values (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?) "
                    + "returning id", Long.class, scope.account(), scope.bucket(), scope.prefix(), mode.name(), trigger,
                    Timestamp.from(now), Timestamp.from(now), owner, leaseUntil);
            return find(id);
        }
        catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /**
     * Moves the run's marker past a committed page, adds its counts and renews the lease, in the page's transaction;
     * false when the lease was lost (another instance resumed the run), and the page must then roll back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean commitPage(long runId, String owner, String nextToken, String lastKey, boolean listingDone,
            PageTally tally, long activeMillis) {
        Instant now = clock.instant();
        return jdbc.update("update scan_run set page_token = ?, last_key = coalesce(?, last_key), listing_done = ?, "
                + "pages = pages + 1, objects_seen = objects_seen + ?, bytes_seen = bytes_seen + ?, "
                + "objects_new = objects_new + ?, objects_changed = objects_changed + ?, leftovers = leftovers + ?, "
                + "active_millis = active_millis + ?, updated_at = ?, lease_until = ? "
                + "where id = ? and lease_owner = ? and state = 'RUNNING'", nextToken, lastKey, listingDone,
                tally.objects(), tally.bytes(), tally.created(), tally.changed(), tally.leftovers(), activeMillis,
                Timestamp.from(now), Timestamp.from(now.plus(properties.lease())), runId, owner) == 1;
    }

    /** Records a catalogued object a page of a FULL run did not list: a candidate for the sweep. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addMissingCandidates(long runId, List<String> objectIds) {
        if (!objectIds.isEmpty()) {
            jdbc.update("insert into scan_missing (run_id, object_id) select ?, unnest(?::text[]) on conflict do nothing",
                    runId, objectIds.toArray(String[]::new));
        }
    }

    List<String> missingCandidates(long runId) {
        return jdbc.queryForList("select object_id from scan_missing where run_id = ? order by object_id", String.class,
                runId);
    }

    public void countMissing(long runId, long missing) {
        jdbc.update("update scan_run set objects_missing = objects_missing + ? where id = ?", missing, runId);
    }

    @Transactional
    public void complete(long runId, long activeMillis) {
        Instant now = clock.instant();
        jdbc.update("update scan_run set state = 'COMPLETED', finished_at = ?, updated_at = ?, lease_owner = null, "
                + "lease_until = null, active_millis = active_millis + ? where id = ?", Timestamp.from(now),
                Timestamp.from(now), activeMillis, runId);
        jdbc.update("delete from scan_missing where run_id = ?", runId);
    }

    /** Stops the run with its marker kept, so that the next claim of its scope resumes it. */
    public void fail(long runId, String error, long activeMillis) {
        Instant now = clock.instant();
        jdbc.update("update scan_run set state = 'FAILED', updated_at = ?, lease_owner = null, lease_until = null, "
                + "errors = errors + 1, last_error = ?, active_millis = active_millis + ? where id = ? "
                + "and state = 'RUNNING'", Timestamp.from(now), error, activeMillis, runId);
    }

    /** Renews the lease while a long step (the sweep) runs without committing pages. */
    public boolean renew(long runId, String owner) {
        Instant now = clock.instant();
        return jdbc.update("update scan_run set lease_until = ?, updated_at = ? where id = ? and lease_owner = ? "
                + "and state = 'RUNNING'", Timestamp.from(now.plus(properties.lease())), Timestamp.from(now), runId,
                owner) == 1;
    }

    public Optional<ScanRun> find(long runId) {
        return jdbc.query("select " + COLUMNS + " from scan_run where id = ?", RUN, runId).stream().findFirst();
    }

    /** The newest run of the scope. */
    public Optional<ScanRun> latest(ScanScope scope) {
        return jdbc.query("select " + COLUMNS + " from scan_run where account = ? and bucket = ? and prefix = ? "
                + "order by id desc limit 1", RUN, scope.account(), scope.bucket(), scope.prefix()).stream().findFirst();
    }

    /** The newest COMPLETED run of the scope. */
    public Optional<ScanRun> lastCompleted(ScanScope scope) {
        return jdbc.query("select " + COLUMNS + " from scan_run where account = ? and bucket = ? and prefix = ? "
                + "and state = 'COMPLETED' order by id desc limit 1", RUN, scope.account(), scope.bucket(),
                scope.prefix()).stream().findFirst();
    }

    /** RUNNING runs whose lease ran out: their owner died. */
    List<ScanRun> abandoned() {
        return jdbc.query("select " + COLUMNS + " from scan_run where state = 'RUNNING' and lease_until < ?", RUN,
                Timestamp.from(clock.instant()));
    }

    /**
     * The share of scan attempts of a bucket that failed, over runs active in the window: each failure is an attempt,
     * and so is each run that completed or is running; 0 without attempts.
     */
    public double errorRate(String account, String bucket, Duration window) {
        Double rate = jdbc.queryForObject("select coalesce(sum(errors)::float8 / nullif(sum(errors + case when state in "
                + "('COMPLETED', 'RUNNING') then 1 else 0 end), 0), 0) from scan_run where account = ? and bucket = ? "
                + "and updated_at > ?", Double.class, account, bucket, Timestamp.from(clock.instant().minus(window)));
        return rate == null ? 0 : rate;
    }

    private static ScanRun run(ResultSet rs, int row) throws SQLException {
        return new ScanRun(rs.getLong("id"), new ScanScope(rs.getString("account"), rs.getString("bucket"),
                rs.getString("prefix")), ScanMode.valueOf(rs.getString("mode")), rs.getString("trigger"),
                ScanState.valueOf(rs.getString("state")), instant(rs, "started_at"), instant(rs, "finished_at"),
                instant(rs, "updated_at"), rs.getString("page_token"), rs.getString("last_key"),
                rs.getBoolean("listing_done"), rs.getLong("pages"), rs.getLong("objects_seen"),
                rs.getLong("bytes_seen"), rs.getLong("objects_new"), rs.getLong("objects_changed"),
                rs.getLong("objects_missing"), rs.getLong("leftovers"), rs.getLong("errors"),
                rs.getString("last_error"), rs.getLong("active_millis"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
