package io.cloudflux.tiering.policy;

import java.util.stream.IntStream;

import io.cloudflux.tiering.bill.CostModel;

/**
 * CloudFlux's own policy: at upload and at each review it prices every allowed placement over a
 * horizon (DESIGN.md §4) from the forecaster's expected reads and remaining life, and keeps the
 * cheapest per expected day of life. A class with a minimum storage duration is priced over at
 * least that duration, with the early-deletion charge owed if the object is expected to be deleted
 * sooner; a move pays its fees and whatever is still owed where the object is. Hysteresis: it moves
 * only when the saving per day beats the current placement by {@link #MARGIN}. A placement in another
 * cloud must also beat the best one at home by {@link #AWAY_MARGIN}: a wrong forecast there costs
 * egress on every read and on the way back. The provider's automatic-tiering classes are candidates
 * like any other, which is what an object with rare but unpredictable reads usually deserves.
 *
 * <p>Leaving an archive class ({@link #ARCHIVE_MIN_DAYS} or more of commitment, reads pay retrieval)
 * is priced with the object's own idle evidence: its expected reads are discounted by the days it has
 * sat there unread ({@link #idleDiscounted}), for staying and for every warmer class, and a move out
 * also pays the likely way back (re-archive fees and the new commitment). Deeper classes are priced
 * on the undiscounted forecast, so the discount only makes an archived object stickier, never pushes
 * it further down.
 */
final class CloudfluxPolicy implements Policy {
    static final int HORIZON_DAYS = 30;
    /** Automatic tiering pays off over months (S3's deepest tier starts after 180 idle days): price it over half a year. */
    static final int AUTO_HORIZON_DAYS = 180;
    static final double MARGIN = 0.05;
    static final double AWAY_MARGIN = 0.25;
    /**
     * Shape k of the gamma distribution of read rates between objects of a group, for the idle
     * discount: 1 (exponential) says objects differ about as much as their mean rate.
     */
    static final double IDLE_SHAPE = 1;
    /** An archive class commits for at least this long (S3 Glacier and Deep Archive, GCS COLDLINE/ARCHIVE, Azure Cold/Archive). */
    static final int ARCHIVE_MIN_DAYS = 90;

    private final CostModel model;
    private final Forecaster forecaster;
    private final int[] candidates;
    private final boolean[] away;

    CloudfluxPolicy(CostModel model, Forecaster forecaster) {
        this.model = model;
        this.forecaster = forecaster;
        this.candidates = IntStream.range(0, model.size()).toArray();
        this.away = new boolean[model.size()];
        for (int p : candidates) {
            away[p] = model.placement(p).provider() != model.home();
        }
    }

    @Override
    public String name() {
        return "cloudflux";
    }

    @Override
    public int place(ObjectView o, int day) {
        Object state = forecaster.track(o, day);
        o.policyState(state);
        Forecast f = forecaster.forecast(state, o, day);
        int best = -1;
        double bestRate = Double.POSITIVE_INFINITY;
        for (int p : candidates) {
            double rate = rate(f, p, o.sizeBytes(), model.minDays(p), model.writeUsd(p), 0) * (away[p] ? 1 + AWAY_MARGIN : 1);
            if (rate < bestRate) {
                bestRate = rate;
                best = p;
            }
        }
        return best;
    }

    @Override
    public int onRead(ObjectView o, int day, int count) {
        forecaster.observeRead(o.policyState(), o, day, count);
        return o.placement();
    }

    @Override
    public int review(ObjectView o, int day) {
        int current = o.placement();
        long size = o.sizeBytes();
        int idleHere = day - Math.max(o.lastAccessDay(), o.placedDay());
        boolean archived = isArchive(current, size);
        Forecast raw = forecaster.forecast(o.policyState(), o, day);
        Forecast f = archived ? idleDiscounted(raw, idleHere) : raw;
        double readHere = model.readUsd(current, size);
        int stayed = day - o.placedDay();
        int remaining = Math.max(0, model.minDays(current) - stayed);
        double stay = rate(f, current, size, remaining, 0, idleHere);
        double leave = model.earlyDeletionUsd(current, stayed, size);
        int best = current;
        double bestRate = stay * (1 - MARGIN);
        for (int p : candidates) {
            if (p == current) {
                continue;
            }
            double entry = leave + model.moveUsd(current, p, size);
            if (archived && !isArchive(p, size)) {
                entry += reArchiveUsd(f, p, current, size);
            }
            Forecast fp = model.readUsd(p, size) >= readHere ? raw : f;
            double rate = rate(fp, p, size, model.minDays(p), entry, 0)
                    * (away[p] && !away[current] ? 1 + AWAY_MARGIN : 1);
            if (rate < bestRate) {
                bestRate = rate;
                best = p;
            }
        }
        return best;
    }

    /** An archive class: reads pay a retrieval fee and it is not an automatic-tiering class. */
    private boolean isArchive(int p, long size) {
        return !model.tiers(p, size) && model.readRetrievalUsd(p, size) > 0 && model.minDays(p) >= ARCHIVE_MIN_DAYS;
    }

    /**
     * The way back of a round trip out of archive class {@code from} into {@code to}: the transition
     * fees of returning and the new minimum-duration commitment there, weighted by the chance the
     * object is still alive after the horizon (it is then likely to be archived again).
     */
    private double reArchiveUsd(Forecast f, int to, int from, long size) {
        int h = HORIZON_DAYS;
        double back = model.moveUsd(to, from, size);
        int commit = model.minDays(from);
        double waste = commit > 0 ? (commit - f.expectedAliveDays(commit)) * model.storagePerDay(from, size) : 0;
        double stillAlive = Math.min(1, Math.max(0, f.expectedAliveDays(h + 1) - f.expectedAliveDays(h)));
        return stillAlive * (back + Math.max(0, waste));
    }

    /**
     * Idle evidence of the object itself: a read rate λ that varies between objects as a gamma
     * distribution of shape {@link #IDLE_SHAPE} around the group's forecast, after {@code idle}
     * days here without a read, has posterior mean λ·k/(k + λ·idle); expected reads are scaled by that.
     */
    static Forecast idleDiscounted(Forecast f, int idle) {
        double alive = f.expectedAliveDays(HORIZON_DAYS);
        if (idle <= 0 || alive <= 0) {
            return f;
        }
        double lambda = f.expectedReads(HORIZON_DAYS) / alive;
        double scale = IDLE_SHAPE / (IDLE_SHAPE + lambda * idle);
        if (scale >= 1) {
            return f;
        }
        return new Forecast() {
            @Override
            public double expectedReads(int days) {
                return f.expectedReads(days) * scale;
            }

            @Override
            public double expectedAliveDays(int days) {
                return f.expectedAliveDays(days);
            }
        };
    }

    /**
     * Expected cost per expected day of life of keeping the object at {@code p} for the horizon,
     * committed for {@code commitDays}, after paying {@code entry} to get there; {@code idle} is
     * how many days it will have been without access there (0 when it moves in).
     */
    private double rate(Forecast f, int p, long size, int commitDays, double entry, int idle) {
        if (model.tiers(p, size)) {
            return autoRate(f, p, size, entry, idle);
        }
        int horizon = Math.max(HORIZON_DAYS, commitDays);
        double alive = f.expectedAliveDays(horizon);
        double billed = alive + (commitDays > 0 ? commitDays - f.expectedAliveDays(commitDays) : 0);
        double cost = entry + billed * model.storagePerDay(p, size) + f.expectedReads(horizon) * model.readUsd(p, size);
        return cost / Math.max(alive, 1e-9);
    }

    /**
     * The same for an automatic-tiering class, with reads as a Poisson process at the forecast
     * rate λ: on day j the object is idle for at least d days with probability e^(−λd) once j ≥ d,
     * else e^(−λj) if the idle days it already has reach d. Days are weighted by the chance the
     * object is still alive, taken per stretch between tier boundaries (early days weigh most for
     * objects that are soon deleted).
     */
    private double autoRate(Forecast f, int p, long size, double entry, int idle) {
        int horizon = AUTO_HORIZON_DAYS;
        double alive = Math.max(f.expectedAliveDays(horizon), 1e-9);
        double reads = f.expectedReads(horizon);
        double lnq = -reads / alive;
        double q = Math.exp(lnq);
        int tiers = model.tierCount(p);
        // q^d at each tier's start, once per call (this is the hot path of a review)
        double[] atStart = new double[tiers];
        for (int k = 1; k < tiers; k++) {
            atStart[k] = Math.exp(lnq * model.tierStart(p, k));
        }
        double storage = 0;
        int from = 0;
        for (int segment = 1; segment <= tiers && from < horizon; segment++) {
            int to = segment < tiers ? Math.min(horizon, model.tierStart(p, segment)) : horizon;
            if (to <= from) {
                continue;
            }
            double survival = (f.expectedAliveDays(to) - f.expectedAliveDays(from)) / (to - from);
            double perDay = model.tierPerDay(p, 0, size) * (to - from);
            for (int k = 1; k < tiers; k++) {
                int d = model.tierStart(p, k);
                double days = Math.max(0, to - Math.max(from, d)) * atStart[k]
                        + geometric(q, lnq, Math.max(from, Math.max(0, d - idle)), Math.min(to, d));
                perDay += (model.tierPerDay(p, k, size) - model.tierPerDay(p, k - 1, size)) * days;
            }
            storage += survival * perDay;
            from = to;
        }
        double cost = entry + storage + model.monitoringPerDay(p, size) * alive + reads * model.readUsd(p, size);
        return cost / alive;
    }

    /** q^from + … + q^(to − 1), with {@code lnq} = ln q. */
    private static double geometric(double q, double lnq, int from, int to) {
        if (to <= from) {
            return 0;
        }
        if (q > 1 - 1e-12) {
            return to - from;
        }
        return (Math.exp(lnq * from) - Math.exp(lnq * to)) / (1 - q);
    }

    @Override
    public int nextReview(ObjectView o, int day) {
        int idle = day - o.lastAccessDay();
        return day + Math.max(1, Math.min(30, idle / 4));
    }

    @Override
    public void onEnd(ObjectView o, int lastDay, boolean deleted) {
        forecaster.observeEnd(o.policyState(), o, lastDay, deleted);
    }
}
