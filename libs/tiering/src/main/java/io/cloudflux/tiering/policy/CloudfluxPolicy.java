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
 */
final class CloudfluxPolicy implements Policy {
    static final int HORIZON_DAYS = 30;
    /** Automatic tiering pays off over months (S3's deepest tier starts after 180 idle days): price it over half a year. */
    static final int AUTO_HORIZON_DAYS = 180;
    static final double MARGIN = 0.05;
    static final double AWAY_MARGIN = 0.25;

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
        Forecast f = forecaster.forecast(o.policyState(), o, day);
        int current = o.placement();
        long size = o.sizeBytes();
        int stayed = day - o.placedDay();
        int remaining = Math.max(0, model.minDays(current) - stayed);
        double stay = rate(f, current, size, remaining, 0, day - Math.max(o.lastAccessDay(), o.placedDay()));
        double leave = model.earlyDeletionUsd(current, stayed, size);
        int best = current;
        double bestRate = stay * (1 - MARGIN);
        for (int p : candidates) {
            if (p == current) {
                continue;
            }
            double rate = rate(f, p, size, model.minDays(p), leave + model.moveUsd(current, p, size), 0)
                    * (away[p] && !away[current] ? 1 + AWAY_MARGIN : 1);
            if (rate < bestRate) {
                bestRate = rate;
                best = p;
            }
        }
        return best;
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
        double q = Math.exp(-reads / alive);
        int tiers = model.tierCount(p);
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
                double days = Math.max(0, to - Math.max(from, d)) * Math.pow(q, d)
                        + geometric(q, Math.max(from, Math.max(0, d - idle)), Math.min(to, d));
                perDay += (model.tierPerDay(p, k, size) - model.tierPerDay(p, k - 1, size)) * days;
            }
            storage += survival * perDay;
            from = to;
        }
        double cost = entry + storage + model.monitoringPerDay(p, size) * alive + reads * model.readUsd(p, size);
        return cost / alive;
    }

    /** q^from + … + q^(to − 1). */
    private static double geometric(double q, int from, int to) {
        if (to <= from) {
            return 0;
        }
        if (q > 1 - 1e-12) {
            return to - from;
        }
        return (Math.pow(q, from) - Math.pow(q, to)) / (1 - q);
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
