package io.cloudflux.tiering.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.cloudflux.tiering.bill.CostModel;

/**
 * CloudFlux's own policy: at upload and at each review it prices the allowed placements from the
 * forecaster's expected reads and remaining life (DESIGN.md §4) as expected totals over the same
 * {@link #WINDOW} days, and keeps the cheapest. Two kinds of option are priced: staying at one placement for
 * the whole window (a move there first pays its fees and whatever is still owed where the object is), and
 * two-phase plans that keep the object where it is, or in the hottest class, for a few days ({@link #DELAYS})
 * and then move it to a manual class at home (through the hottest class only within 30 days of an access). A
 * plan is how waiting is priced: a file busy for three more days is left hot and archived afterwards rather
 * than archived now and read from the archive, and an archived object that wakes up can step out to the
 * hottest class for its busy days and go back. A plan only decides the next step; the object is reviewed
 * again before the plan's switch would happen.
 *
 * <p>A class with a minimum storage duration is billed for at least that duration, with the early-deletion
 * charge owed if the object is expected to be deleted sooner. Hysteresis: a move must beat staying by
 * {@link #MARGIN} of the window's total. A placement in another cloud must also beat the best one at home by
 * {@link #AWAY_MARGIN}: a wrong forecast there costs egress on every read and on the way back. The provider's
 * automatic-tiering classes are candidates like any other (priced for staying), which is what an object with
 * rare but unpredictable reads usually deserves.
 *
 * <p>Leaving an archive class ({@link #ARCHIVE_MIN_DAYS} or more of commitment, reads pay retrieval) is priced
 * with the object's own idle evidence: its expected reads are discounted by the days it has sat there unread
 * ({@link #idleDiscounted}), for staying and for every warmer class. Deeper classes are priced on the
 * undiscounted forecast, so the discount only makes an archived object stickier, never pushes it further down.
 *
 * <p>Reviews come daily while an object is read (an object in the hottest class that has been read on several days
 * and whose every move is far dearer than staying is left alone for {@link #QUIET_DAYS}: a read only makes the
 * hottest class better), then as its idle days grow ({@link #nextReview}).
 */
final class CloudfluxPolicy implements Policy, Explaining {
    /** Every option is priced over the same year: placements commit for up to 365 days (GCS ARCHIVE). */
    static final int WINDOW = 365;
    /** How long a plan keeps the object at its first placement before the move it plans. */
    static final int[] DELAYS = {1, 3, 7, 14, 30};
    /** The span over which the idle discount reads the forecast's rate. */
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
    /**
     * Quiet reviews: a review that keeps an object read yesterday, and on at least {@link #QUIET_READ_DAYS} days, in
     * the hottest class while every move that could be cheaper costs {@link #QUIET_SLACK} times staying or more sets
     * its next review {@link #QUIET_DAYS} later, reads or not. Moves to automatic tiering are not counted: they start
     * at the hottest class's price, so a few days' delay costs nothing. The Zipf hot set was reviewed every day it was
     * read and never moved: at 20,000 objects on analytics-heavy, 37% fewer reviews with the cadence of cooler classes
     * below (5,000 objects, all mixes: 507.99 → 508.06 USD, seed 7 532.21 → 532.18).
     */
    static final double QUIET_SLACK = 2;
    static final int QUIET_DAYS = 7;
    static final int QUIET_READ_DAYS = 4;
    /**
     * Below the hottest class a review the day after a read decides a step-out; the next ones come at 2, 4 and 8 idle
     * days, then every quarter of the idle days (up to 30), as in the hottest class after its first week.
     */
    static final int SETTLED_IDLE_DAYS = 8;

    private final CostModel model;
    private final Forecaster forecaster;
    private final int[] candidates;
    private final boolean[] away;
    private final int hottest;
    /** The distinct minimum durations of the placements, and which one each placement has. */
    private final int[] commits;
    private final int[] commitOf;
    /**
     * Scratch per decision (a policy decides for one object at a time): unused days of each distinct commitment
     * from now, and the forecast read at the plans' delays ({@link #outlook}) for the forecast {@code outlookOf}.
     */
    private final double[] unusedNow;
    private final double[] delayAlive = new double[DELAYS.length];
    private final double[] delayReads = new double[DELAYS.length];
    /** The same reads by the forecast without the idle discount, for plans that end where reads cost more. */
    private final double[] delayRawReads = new double[DELAYS.length];
    private final double[] delayStill = new double[DELAYS.length];
    private final double[][] delayAliveAfter;
    private Forecast outlookOf;
    /**
     * Scratch per review for {@link #plan}: the forecast without the idle discount, its reads over the window, and
     * the cost of a read where the object is; a plan prices reads where they cost at least that much by the
     * undiscounted forecast, as a move there is (the object's idle spell says nothing of a class it is not in).
     */
    private Forecast planRaw;
    private double planRawReads;
    private double planReadHere = Double.POSITIVE_INFINITY;
    private int planCurrent = -1;
    /**
     * Scratch per decision: each placement's storage per day and cost of one read for the object's size, whether it
     * tiers automatically at that size, and the placements a plan may end in (manual classes at home, in index order).
     */
    private final double[] storeOf;
    private final double[] readOf;
    private final boolean[] tiersOf;
    private final int[] planTargets;
    private int planTargetCount;
    /** Scratch per plan: the fees of a move from the plan's first placement to each target. */
    private final double[] moveFrom;
    /** Scratch per {@link #autoRate}: q^x for the day counts x it needs, valid where {@code powStamp} is the call's. */
    private final double[] powAt;
    private final long[] powStamp;
    private long powVersion;
    /** The cheapest plan's delay and target, from the last {@link #plan} (for explanations). */
    private int planDays;
    private int planThen;
    /** The forecast figures of the decision being explained. */
    private double explainedReads30;
    private double explainedReads;
    private double explainedAlive;
    /** The cheapest move that could beat staying (see {@link #QUIET_SLACK}) over staying, of the last {@link #decide}. */
    private double decidedSlack;

    /** What the policy keeps of one object: the forecaster's state, and the day before which it need not be reviewed. */
    private static final class State {
        final Object forecast;
        int quietUntil;

        State(Object forecast) {
            this.forecast = forecast;
        }
    }

    CloudfluxPolicy(CostModel model, Forecaster forecaster) {
        this.model = model;
        this.forecaster = forecaster;
        this.candidates = IntStream.range(0, model.size()).toArray();
        this.away = new boolean[model.size()];
        for (int p : candidates) {
            away[p] = model.placement(p).provider() != model.home();
        }
        this.hottest = model.hottest().index();
        this.commits = IntStream.range(0, model.size()).map(model::minDays).distinct().sorted().toArray();
        this.commitOf = new int[model.size()];
        for (int p : candidates) {
            commitOf[p] = Arrays.binarySearch(commits, model.minDays(p));
        }
        this.unusedNow = new double[commits.length];
        int n = model.size();
        this.storeOf = new double[n];
        this.readOf = new double[n];
        this.tiersOf = new boolean[n];
        this.planTargets = new int[n];
        this.moveFrom = new double[n];
        int longest = AUTO_HORIZON_DAYS;
        for (int p : candidates) {
            for (int k = 0; model.isAuto(p) && k < model.tierCount(p); k++) {
                longest = Math.max(longest, model.tierStart(p, k));
            }
        }
        this.powAt = new double[longest + 1];
        this.powStamp = new long[longest + 1];
        this.delayAliveAfter = new double[DELAYS.length][commits.length];
    }

    @Override
    public String name() {
        return "cloudflux";
    }

    @Override
    public int place(ObjectView o, int day) {
        Object state = forecaster.track(o, day);
        o.policyState(new State(state));
        Forecast f = forecaster.forecast(state, o, day);
        outlookOf = null;
        long size = o.sizeBytes();
        price(size, f);
        double alive = f.expectedAliveDays(WINDOW);
        double reads = f.expectedReads(WINDOW);
        planUndiscounted(f, reads, -1);
        unusedCommitments(f);
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int p : candidates) {
            double cost = total(f, p, size, model.writeUsd(p), 0, alive, reads, unusedNow[commitOf[p]])
                    * (away[p] ? 1 + AWAY_MARGIN : 1);
            if (cost < bestCost) {
                bestCost = cost;
                best = p;
            }
        }
        if (best != hottest
                && plan(f, hottest, size, model.writeUsd(hottest), model.minDays(hottest), alive, reads) < bestCost) {
            return hottest;
        }
        return best;
    }

    @Override
    public int onRead(ObjectView o, int day, int count) {
        forecaster.observeRead(forecastState(o), o, day, count);
        return o.placement();
    }

    @Override
    public int review(ObjectView o, int day) {
        int placement = decide(o, day, null);
        if (placement == hottest && o.placement() == hottest && decidedSlack >= QUIET_SLACK
                && day - o.lastReadDay() <= 1 && o.readDays() >= QUIET_READ_DAYS && o.policyState() instanceof State s) {
            s.quietUntil = day + QUIET_DAYS;
        }
        return placement;
    }

    /** The forecaster's state of {@code o} (null where the policy has not placed it). */
    private static Object forecastState(ObjectView o) {
        return o.policyState() instanceof State s ? s.forecast : null;
    }

    /**
     * The review of {@code o} on {@code day} with its numbers: the same decision {@link #review} makes, and every
     * option it priced. It updates the forecaster as a review does (a review on the same day changes nothing more).
     */
    @Override
    public Decision explain(ObjectView o, int day) {
        List<Decision.Option> options = new ArrayList<>();
        int chosen = decide(o, day, options);
        options.sort(Comparator.comparingDouble(Decision.Option::comparedUsd));
        return new Decision(day, model.placement(o.placement()), model.placement(chosen), explainedReads30,
                explainedReads, explainedAlive, WINDOW, options);
    }

    /** A review; with {@code options} non-null it also records every option priced (and prices the plans it skips). */
    private int decide(ObjectView o, int day, List<Decision.Option> options) {
        int current = o.placement();
        long size = o.sizeBytes();
        int idleHere = day - Math.max(o.lastAccessDay(), o.placedDay());
        Forecast raw = forecaster.forecast(forecastState(o), o, day);
        price(size, raw);
        Forecast f = isArchive(current, size) ? idleDiscounted(raw, idleHere) : raw;
        outlookOf = null;
        double readHere = readOf[current];
        int stayed = day - o.placedDay();
        int remaining = Math.max(0, model.minDays(current) - stayed);
        double leave = model.earlyDeletionUsd(current, stayed, size);
        // read here yesterday: a move out today of a class that restores copies the restored copy
        boolean readYesterday = o.lastReadDay() == day - 1 && o.placedDay() < day;
        // the discount changes reads only: days alive are the same in both forecasts
        double alive = raw.expectedAliveDays(WINDOW);
        double rawReads = raw.expectedReads(WINDOW);
        double reads = f == raw ? rawReads : f.expectedReads(WINDOW);
        unusedCommitments(raw);
        planUndiscounted(raw, rawReads, current);
        int best = current;
        double stay = total(f, current, size, 0, idleHere, alive, reads, unused(raw, remaining));
        double bestCost = stay * (1 - MARGIN);
        double bestMove = Double.POSITIVE_INFINITY;
        if (options != null) {
            explainedReads30 = f.expectedReads(HORIZON_DAYS);
            explainedReads = reads;
            explainedAlive = alive;
            options.add(new Decision.Option(Decision.Kind.STAY, model.placement(current), null, 0, stay, bestCost));
        }
        for (int p : candidates) {
            if (p == current) {
                continue;
            }
            boolean dearer = readOf[p] >= readHere;
            double cost = total(dearer ? raw : f, p, size, leave + model.moveUsd(current, p, size, readYesterday), 0, alive,
                    dearer ? rawReads : reads, unusedNow[commitOf[p]]);
            double compared = cost * (away[p] && !away[current] ? 1 + AWAY_MARGIN : 1);
            if (options != null) {
                options.add(new Decision.Option(Decision.Kind.MOVE, model.placement(p), null, 0, cost, compared));
            }
            if (!tiersOf[p] && (storeOf[p] < storeOf[current] || readOf[p] < readOf[current])) {
                bestMove = Math.min(bestMove, compared);
            }
            if (compared < bestCost) {
                bestCost = compared;
                best = p;
            }
        }
        decidedSlack = bestMove / stay;
        // once a move beats staying, waiting here before it may be cheaper still
        boolean waitMatters = best != current;
        double wait = Double.NaN;
        int waitDays = 0;
        int waitThen = -1;
        if (waitMatters || options != null) {
            wait = plan(f, current, size, 0, remaining, alive, reads);
            waitDays = planDays;
            waitThen = planThen;
            if (waitMatters && wait < bestCost) {
                best = current;
                bestCost = wait;
            }
        }
        // stepping out to the hottest class for a few days pays only for reads expected soon, that is after a read;
        // it must also beat waiting here, which is priced now if staying had beaten every move
        boolean stepOut = best != hottest && current != hottest && day - o.lastAccessDay() < HORIZON_DAYS;
        boolean stepsOut = false;
        if (stepOut || options != null && current != hottest) {
            double via = plan(f, hottest, size, leave + model.moveUsd(current, hottest, size, readYesterday), model.minDays(hottest),
                    alive, reads);
            if (options != null && planThen >= 0) {
                options.add(new Decision.Option(Decision.Kind.STEP_OUT, model.placement(hottest),
                        model.placement(planThen), planDays, via, stepOut ? via : Double.POSITIVE_INFINITY));
            }
            if (stepOut && via < bestCost) {
                if (Double.isNaN(wait)) {
                    wait = plan(f, current, size, 0, remaining, alive, reads);
                }
                stepsOut = waitMatters || !(wait < via);
                waitMatters = true;
            }
        }
        if (options != null && waitThen >= 0) {
            options.add(new Decision.Option(Decision.Kind.WAIT_THEN_MOVE, model.placement(current),
                    model.placement(waitThen), waitDays, wait, waitMatters ? wait : Double.POSITIVE_INFINITY));
        }
        if (stepsOut) {
            return hottest;
        }
        return best;
    }

    /**
     * Expected cost over {@link #WINDOW} days of keeping the object at {@code p} after paying {@code entry}:
     * {@code alive} days alive and {@code reads} reads in the window, and {@code unused} days of its commitment
     * there it is expected not to live (billed all the same). {@code idle} is how many days it will have been
     * without access there (0 when it moves in).
     */
    private double total(Forecast f, int p, long size, double entry, int idle, double alive, double reads, double unused) {
        if (tiersOf[p]) {
            return entry + autoRate(f, p, size, idle) * alive;
        }
        return entry + (alive + unused) * storeOf[p] + reads * readOf[p];
    }

    /**
     * Fills the per-decision prices ({@link #storeOf}, {@link #readOf}, {@link #tiersOf}, {@link #planTargets}) for
     * {@code size}. A read's price includes its share of a restore where the class needs one: the forecast's read
     * days per read over the window (a burst of reads on one day pays one restore).
     */
    private void price(long size, Forecast f) {
        double reads = f.expectedReads(WINDOW);
        double daysPerRead = reads > 0 ? Math.min(1, f.expectedReadDays(WINDOW) / reads) : 1;
        planTargetCount = 0;
        for (int p : candidates) {
            storeOf[p] = model.storagePerDay(p, size);
            readOf[p] = model.perReadUsd(p, size) + daysPerRead * model.readDayUsd(p, size);
            tiersOf[p] = model.tiers(p, size);
            if (!away[p] && !tiersOf[p]) {
                planTargets[planTargetCount++] = p;
            }
        }
    }

    /** Expected days of a {@code commit}-day commitment that the object will not live. */
    private static double unused(Forecast f, int commit) {
        return commit > 0 ? commit - f.expectedAliveDays(commit) : 0;
    }

    /** {@link #unused} for each distinct minimum duration, into {@link #unusedNow}. */
    private void unusedCommitments(Forecast f) {
        for (int k = 0; k < commits.length; k++) {
            unusedNow[k] = unused(f, commits[k]);
        }
    }

    /**
     * The cheapest two-phase plan over {@link #WINDOW} days: at {@code first} (entered for {@code entry},
     * committed for {@code commit} days) for one of {@link #DELAYS}, then, if the object is still there, a
     * move to a manual class at home for the rest of the window, with that class's commitment.
     */
    private double plan(Forecast f, int first, long size, double entry, int commit, double aliveAll, double readsAll) {
        if (outlookOf != f) {
            outlook(f);
        }
        boolean rawFirst = dearerThanHere(first);
        double best = Double.POSITIVE_INFINITY;
        planThen = -1;
        double storeFirst = storeOf[first];
        double readFirst = readOf[first];
        double unusedFirst = unused(f, commit);
        for (int t = 0; t < planTargetCount; t++) {
            int q = planTargets[t];
            moveFrom[q] = model.moveUsd(first, q, size);
        }
        for (int i = 0; i < DELAYS.length; i++) {
            int d = DELAYS[i];
            double aliveFirst = delayAlive[i];
            double readsFirst = rawFirst ? delayRawReads[i] : delayReads[i];
            double stillThere = delayStill[i];
            double billedFirst = commit >= d ? commit : aliveFirst + unusedFirst;
            double phase1 = entry + billedFirst * storeFirst + readsFirst * readFirst;
            double[] aliveAfter = delayAliveAfter[i];
            for (int t = 0; t < planTargetCount; t++) {
                int q = planTargets[t];
                if (q == first) {
                    continue;
                }
                int m = model.minDays(q);
                double unused = m > 0 ? Math.max(0, m * stillThere - aliveAfter[commitOf[q]]) : 0;
                double readsThen = dearerThanHere(q) ? planRawReads - delayRawReads[i] : readsAll - delayReads[i];
                double cost = phase1 + stillThere * moveFrom[q]
                        + (aliveAll - aliveFirst + unused) * storeOf[q]
                        + readsThen * readOf[q];
                if (cost < best) {
                    best = cost;
                    planDays = d;
                    planThen = q;
                }
            }
        }
        return best;
    }

    /**
     * Reads {@code f} at the plans' delays once per decision (the plans of one review share it): days alive and
     * reads by each delay, the chance to be alive on its last day, and the days alive in each distinct
     * commitment after it.
     */
    private void outlook(Forecast f) {
        for (int i = 0; i < DELAYS.length; i++) {
            int d = DELAYS[i];
            delayAlive[i] = f.expectedAliveDays(d);
            delayReads[i] = f.expectedReads(d);
            delayRawReads[i] = planRaw == f ? delayReads[i] : planRaw.expectedReads(d);
            delayStill[i] = Math.max(0, f.expectedAliveDays(d + 1) - delayAlive[i]);
            for (int k = 0; k < commits.length; k++) {
                delayAliveAfter[i][k] = commits[k] > 0 ? f.expectedAliveDays(d + commits[k]) - delayAlive[i] : 0;
            }
        }
        outlookOf = f;
    }

    /** Sets what {@link #plan} needs to price reads as a move would: see {@link #planRaw}; {@code current} -1 at upload. */
    private void planUndiscounted(Forecast raw, double rawReads, int current) {
        planRaw = raw;
        planRawReads = rawReads;
        planCurrent = current;
        planReadHere = current < 0 ? Double.POSITIVE_INFINITY : readOf[current];
    }

    /** Whether a plan prices reads at {@code p} by the undiscounted forecast: a class other than the current one where they cost no less. */
    private boolean dearerThanHere(int p) {
        return p != planCurrent && readOf[p] >= planReadHere;
    }

    /** An archive class: reads pay a retrieval fee and it is not an automatic-tiering class. */
    private boolean isArchive(int p, long size) {
        return !model.tiers(p, size) && model.readRetrievalUsd(p, size) > 0 && model.minDays(p) >= ARCHIVE_MIN_DAYS;
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
            public double expectedReadDays(int days) {
                return f.expectedReadDays(days) * scale;
            }

            @Override
            public double expectedAliveDays(int days) {
                return f.expectedAliveDays(days);
            }
        };
    }

    /**
     * Expected cost per expected day of life of an automatic-tiering class over {@link #AUTO_HORIZON_DAYS},
     * with reads as a Poisson process at the forecast rate λ: on day j the object is idle for at least d
     * days with probability e^(−λd) once j ≥ d, else e^(−λj) if the idle days it already has reach d. Days
     * are weighted by the chance the object is still alive, taken per stretch between tier boundaries
     * (early days weigh most for objects that are soon deleted).
     */
    private double autoRate(Forecast f, int p, long size, int idle) {
        int horizon = AUTO_HORIZON_DAYS;
        double alive = Math.max(f.expectedAliveDays(horizon), 1e-9);
        double reads = f.expectedReads(horizon);
        double lnq = -reads / alive;
        double q = Math.exp(lnq);
        powVersion++;
        int tiers = model.tierCount(p);
        double storage = 0;
        int from = 0;
        double aliveFrom = f.expectedAliveDays(0);
        for (int segment = 1; segment <= tiers && from < horizon; segment++) {
            int to = segment < tiers ? Math.min(horizon, model.tierStart(p, segment)) : horizon;
            if (to <= from) {
                continue;
            }
            double aliveTo = f.expectedAliveDays(to);
            double survival = (aliveTo - aliveFrom) / (to - from);
            double perDay = model.tierPerDay(p, 0, size) * (to - from);
            for (int k = 1; k < tiers; k++) {
                int d = model.tierStart(p, k);
                double days = Math.max(0, to - Math.max(from, d)) * pow(lnq, d)
                        + geometric(q, lnq, Math.max(from, Math.max(0, d - idle)), Math.min(to, d));
                perDay += (model.tierPerDay(p, k, size) - model.tierPerDay(p, k - 1, size)) * days;
            }
            storage += survival * perDay;
            from = to;
            aliveFrom = aliveTo;
        }
        double cost = storage + model.monitoringPerDay(p, size) * alive + reads * model.readUsd(p, size);
        return cost / alive;
    }

    /** q^x = e^(x ln q), computed once per {@link #autoRate} call for each x (the tiers' sums share their ends). */
    private double pow(double lnq, int x) {
        if (powStamp[x] != powVersion) {
            powStamp[x] = powVersion;
            powAt[x] = Math.exp(lnq * x);
        }
        return powAt[x];
    }

    /** q^from + … + q^(to − 1), with {@code lnq} = ln q. */
    private double geometric(double q, double lnq, int from, int to) {
        if (to <= from) {
            return 0;
        }
        if (q > 1 - 1e-12) {
            return to - from;
        }
        return (pow(lnq, from) - pow(lnq, to)) / (1 - q);
    }

    @Override
    public int nextReview(ObjectView o, int day) {
        boolean hot = o.placement() == hottest;
        if (hot && o.policyState() instanceof State s && s.quietUntil > day + 1) {
            return s.quietUntil;
        }
        int idle = day - o.lastAccessDay();
        if (!hot && idle >= 2 && idle < SETTLED_IDLE_DAYS) {
            return day + Math.min(idle, SETTLED_IDLE_DAYS - idle);
        }
        return day + Math.max(1, Math.min(30, idle / 4));
    }

    @Override
    public void onEnd(ObjectView o, int lastDay, boolean deleted) {
        forecaster.observeEnd(forecastState(o), o, lastDay, deleted);
    }
}
