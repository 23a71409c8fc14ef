package io.cloudflux.tiering.oracle;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.cloudflux.tiering.bill.BillSink;
import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.bill.ObjectMeter;

/**
 * The offline optimum for one object's life: with its whole future known, the cheapest sequence of
 * placements, by dynamic programming over days × placement states.
 *
 * <p>A class with a minimum duration m has one state per day of entry still inside its first m days
 * (leaving pays the rest of m) and one "mature" state. Their daily cost is the same, so they share
 * one running offset, and the cheapest way out, value + (m − age) × daily storage, is the front of a
 * monotone deque keyed by value + entry day × daily storage: O(1) per class per day. An
 * automatic-tiering class has one state per idle age (its tier), pruned of states that an older-idle
 * state dominates. Moves cost O(placements²) per day. The plan is then billed by the same
 * {@link ObjectMeter} as every policy, so its breakdown is comparable line by line.
 */
public final class Oracle {
    private static final double INF = Double.POSITIVE_INFINITY;

    private final CostModel model;
    private final int[] allowed;
    private final Buffers b = new Buffers();

    /** An oracle that may use every placement of the model. */
    public Oracle(CostModel model) {
        this(model, IntStream.range(0, model.size()).toArray());
    }

    /** An oracle over the classes with manual placement only: what {@link #solveExpected} can price. */
    public static Oracle overManualClasses(CostModel model) {
        return new Oracle(model, IntStream.range(0, model.size()).filter(p -> !model.isAuto(p)).toArray());
    }

    public Oracle(CostModel model, int[] allowed) {
        this.model = model;
        this.allowed = allowed.clone();
    }

    /** The cheapest plan for an object of {@code size} bytes living from {@code first} to {@code last} (inclusive). */
    public Plan solve(long size, int first, int last, boolean deleted, DailyAccesses accesses) {
        return solve(size, first, last, deleted, accesses, null, -1, 0);
    }

    /**
     * The plan of least expected cost for an object whose reads on day {@code first + t} are expected to be
     * {@code expectedReads[t]} (fractional; days past the array have none). A class that restores before a read pays
     * its restore on a day with a read, taken as Poisson within the day: 1 − e^(−reads) of it, and a move out of it
     * the next day is spared the retrieval as often. Costs are linear in reads for a class with manual placement
     * only, so every allowed placement must be one ({@link CostModel#isAuto} false): an automatic-tiering class
     * reacts to when reads happen, which an expectation does not say.
     */
    public Plan solveExpected(long size, int first, int last, boolean deleted, double[] expectedReads) {
        requireManual();
        return solve(size, first, last, deleted, null, expectedReads, -1, 0);
    }

    /**
     * As {@link #solveExpected}, for an object already at manual placement {@code current} (a model index among the
     * allowed ones) since {@code stayed} days before {@code first}: leaving it inside its minimum duration pays the
     * rest, and nothing is written again. The plan's first placement is {@code current}, from the day it was entered.
     */
    public Plan solveExpectedFrom(long size, int first, int last, boolean deleted, double[] expectedReads, int current,
            int stayed) {
        int from = -1;
        for (int j = 0; j < allowed.length; j++) {
            from = allowed[j] == current ? j : from;
        }
        if (from < 0 || model.isAuto(current) || stayed < 0) {
            throw new IllegalArgumentException("not an allowed manual placement: " + current + " (stayed " + stayed + ")");
        }
        requireManual();
        Plan plan = solve(size, first, last, deleted, null, expectedReads, from, stayed);
        if (plan.placements()[0] == current) {
            return plan;
        }
        int[] days = new int[plan.days().length + 1];
        int[] places = new int[days.length];
        days[0] = first - stayed;
        places[0] = current;
        System.arraycopy(plan.days(), 0, days, 1, plan.days().length);
        System.arraycopy(plan.placements(), 0, places, 1, plan.placements().length);
        return new Plan(plan.costUsd(), days, places);
    }

    private void requireManual() {
        for (int p : allowed) {
            if (model.isAuto(p)) {
                throw new IllegalArgumentException("expected reads cannot price automatic tiering: " + model.placement(p).id());
            }
        }
    }

    /**
     * The programme: on the day's accesses, or on {@code expected} reads if not null; a fresh object if {@code at} is
     * negative, else one at allowed placement {@code at} since {@code stayed} days before {@code first}.
     */
    private Plan solve(long size, int first, int last, boolean deleted, DailyAccesses accesses, double[] expected,
            int at, int stayed) {
        int n = allowed.length;
        int days = last - first + 1;
        b.ensure(n, days);
        double[] s = new double[n];
        double[] rd = new double[n];
        double[] rdDay = new double[n];
        double[] hd = new double[n];
        int[] m = new int[n];
        boolean[] auto = new boolean[n];
        double[][] move = new double[n][n];
        double[][] restored = new double[n][n];
        for (int j = 0; j < n; j++) {
            int p = allowed[j];
            auto[j] = model.tiers(p, size);
            s[j] = auto[j] ? 0 : model.storagePerDay(p, size);
            rd[j] = model.perReadUsd(p, size);
            rdDay[j] = model.readDayUsd(p, size);
            hd[j] = model.headUsd(p);
            m[j] = auto[j] ? 0 : model.minDays(p);
            for (int q = 0; q < n; q++) {
                move[q][j] = q == j ? INF : model.moveUsd(allowed[q], p, size);
                restored[q][j] = q == j ? 0 : model.retrievalRestoredUsd(allowed[q], p, size);
            }
            b.reset(j, auto[j] ? autoTable(p, size) : null);
        }
        double[] enter = new double[n];
        double[] leave = new double[n];
        int[] leaveTok = new int[n];
        int next = 0;
        double readYesterday = 0;
        for (int t = 0; t < days; t++) {
            double reads = 0;
            double readDay = 0;
            int heads = 0;
            if (expected != null) {
                reads = t < expected.length ? expected[t] : 0;
                readDay = -Math.expm1(-reads);
            } else if (next < accesses.size() && accesses.day(next) == first + t) {
                reads = accesses.reads(next);
                readDay = reads > 0 ? 1 : 0;
                heads = accesses.heads(next);
                next++;
            }
            for (int j = 0; j < n; j++) {
                if (!auto[j]) {
                    b.expire(j, t, m[j]);
                }
            }
            if (t == 0 && at >= 0) {
                double leaveNow = stayed < m[at] ? (m[at] - stayed) * s[at] : 0;
                for (int j = 0; j < n; j++) {
                    enter[j] = j == at ? INF : leaveNow + move[at][j];
                    b.from(t, j, -1, -1);
                }
                b.enterAt(at, -stayed, 0, m[at], s[at]);
            } else if (t == 0) {
                for (int j = 0; j < n; j++) {
                    enter[j] = model.writeUsd(allowed[j]);
                    b.from(t, j, -1, -1);
                }
            } else {
                for (int q = 0; q < n; q++) {
                    leave[q] = auto[q] ? b.autoMin(q) : b.manualLeave(q, t, m[q], s[q]);
                    leaveTok[q] = b.tok;
                }
                for (int j = 0; j < n; j++) {
                    double best = INF;
                    int from = -1;
                    for (int q = 0; q < n; q++) {
                        double v = leave[q] + move[q][j] - readYesterday * restored[q][j];
                        if (v < best) {
                            best = v;
                            from = q;
                        }
                    }
                    enter[j] = best;
                    b.from(t, j, from, from < 0 ? -1 : leaveTok[from]);
                }
            }
            readYesterday = readDay;
            for (int j = 0; j < n; j++) {
                double requests = reads * rd[j] + readDay * rdDay[j] + heads * hd[j];
                if (auto[j]) {
                    b.autoDay(j, t, enter[j], requests, reads > 0);
                } else {
                    b.manualDay(j, t, enter[j], m[j], s[j], s[j] + requests);
                }
            }
        }
        double best = INF;
        int bestJ = -1;
        int bestTok = -1;
        for (int j = 0; j < n; j++) {
            double v;
            if (auto[j]) {
                v = b.autoMin(j);
            } else {
                b.expire(j, days, m[j]);
                v = deleted ? b.manualLeave(j, days, m[j], s[j]) : b.manualMin(j);
            }
            if (v < best) {
                best = v;
                bestJ = j;
                bestTok = b.tok;
            }
        }
        return b.plan(best, bestJ, bestTok, first, allowed);
    }

    /** Bills {@code plan} with the same meter the policies use. */
    public void bill(Plan plan, long size, int first, int last, boolean deleted, DailyAccesses accesses, BillSink sink) {
        ObjectMeter meter = new ObjectMeter(model, sink, size, first, plan.placements()[0]);
        int k = 1;
        for (int i = 0; i < accesses.size(); i++) {
            int day = accesses.day(i);
            while (k < plan.days().length && plan.days()[k] <= day) {
                meter.move(plan.days()[k], plan.placements()[k]);
                k++;
            }
            if (accesses.reads(i) > 0) {
                meter.read(day, accesses.reads(i));
            }
            if (accesses.heads(i) > 0) {
                meter.head(day, accesses.heads(i));
            }
        }
        while (k < plan.days().length) {
            meter.move(plan.days()[k], plan.placements()[k]);
            k++;
        }
        meter.end(last, deleted);
    }

    /** Daily cost by idle age (tier storage plus monitoring) of an automatic-tiering placement, up to its last tier. */
    private double[] autoTable(int p, long size) {
        int cap = model.lastTierStart(p, size);
        double[] cost = new double[cap + 1];
        double monitoring = model.monitoringPerDay(p, size);
        for (int k = 0; k <= cap; k++) {
            cost[k] = model.tierPerDay(p, model.tierAt(p, k, size), size) + monitoring;
        }
        return cost;
    }

    /** The DP's state, kept between objects so that solving allocates little. */
    private static final class Buffers {
        int n;
        int days;
        int tok;
        // manual classes
        double[] offset = new double[0];
        double[] mature = new double[0];
        int[] matureTok = new int[0];
        int[][] dqDay = new int[0][];
        double[][] dqG = new double[0][];
        int[] dqHead = new int[0];
        int[] dqTail = new int[0];
        // automatic-tiering classes: sparse states by idle age
        double[][] autoCost = new double[0][];
        int[][] stK = new int[0][];
        double[][] stV = new double[0][];
        int[][] stTok = new int[0][];
        int[] stN = new int[0];
        // back-pointers: where the best entry into j on day t came from
        int[] fromQ = new int[0];
        int[] fromTok = new int[0];

        void ensure(int n, int days) {
            this.n = n;
            this.days = days;
            if (offset.length < n) {
                offset = new double[n];
                mature = new double[n];
                matureTok = new int[n];
                dqDay = new int[n][0];
                dqG = new double[n][0];
                dqHead = new int[n];
                dqTail = new int[n];
                autoCost = new double[n][];
                stK = new int[n][0];
                stV = new double[n][0];
                stTok = new int[n][0];
                stN = new int[n];
            }
            for (int j = 0; j < n; j++) {
                if (dqDay[j].length < days + 1) {
                    dqDay[j] = new int[days + 1];
                    dqG[j] = new double[days + 1];
                }
            }
            if (fromQ.length < (days + 1) * n) {
                fromQ = new int[(days + 1) * n];
                fromTok = new int[(days + 1) * n];
            }
        }

        void reset(int j, double[] autoTable) {
            offset[j] = 0;
            mature[j] = INF;
            matureTok[j] = -1;
            dqHead[j] = 0;
            dqTail[j] = 0;
            autoCost[j] = autoTable;
            stN[j] = 0;
            if (autoTable != null && stK[j].length < autoTable.length + 2) {
                stK[j] = new int[autoTable.length + 2];
                stV[j] = new double[autoTable.length + 2];
                stTok[j] = new int[autoTable.length + 2];
            }
        }

        void from(int t, int j, int q, int qTok) {
            fromQ[t * n + j] = q;
            fromTok[t * n + j] = qTok;
        }

        /** Entries that have stayed their minimum duration owe nothing more: merge them into the mature state. */
        void expire(int j, int t, int minDays) {
            while (dqHead[j] < dqTail[j] && t - dqDay[j][dqHead[j]] >= minDays) {
                double g = dqG[j][dqHead[j]];
                if (g < mature[j]) {
                    mature[j] = g;
                    matureTok[j] = dqDay[j][dqHead[j]];
                }
                dqHead[j]++;
            }
        }

        /** Cheapest way out of manual class j at the start of day t, early-deletion charge included; sets {@link #tok}. */
        double manualLeave(int j, int t, int minDays, double perDay) {
            double best = mature[j] + offset[j];
            tok = matureTok[j];
            if (dqHead[j] < dqTail[j]) {
                int e = dqDay[j][dqHead[j]];
                double v = dqG[j][dqHead[j]] + offset[j] + (minDays - (t - e)) * perDay;
                if (v < best) {
                    best = v;
                    tok = e;
                }
            }
            return best;
        }

        /** Cheapest state of manual class j without any early-deletion charge (the trace ended, nothing deleted). */
        double manualMin(int j) {
            double best = mature[j];
            tok = matureTok[j];
            for (int i = dqHead[j]; i < dqTail[j]; i++) {
                if (dqG[j][i] < best) {
                    best = dqG[j][i];
                    tok = dqDay[j][i];
                }
            }
            return best + offset[j];
        }

        void manualDay(int j, int t, double enter, int minDays, double perDay, double dayCost) {
            if (enter < INF) {
                enterAt(j, t, enter, minDays, perDay);
            }
            offset[j] += dayCost;
        }

        /** An entry into manual class j on day {@code e} (before the first day if negative) at cost {@code enter}. */
        void enterAt(int j, int e, double enter, int minDays, double perDay) {
            double g = enter - offset[j];
            if (minDays == 0 || -e >= minDays) {
                if (g < mature[j]) {
                    mature[j] = g;
                    matureTok[j] = e;
                }
            } else {
                double key = g + e * perDay;
                while (dqTail[j] > dqHead[j]
                        && dqG[j][dqTail[j] - 1] + dqDay[j][dqTail[j] - 1] * perDay >= key) {
                    dqTail[j]--;
                }
                dqDay[j][dqTail[j]] = e;
                dqG[j][dqTail[j]] = g;
                dqTail[j]++;
            }
        }

        double autoMin(int j) {
            double best = INF;
            tok = -1;
            for (int i = 0; i < stN[j]; i++) {
                if (stV[j][i] < best) {
                    best = stV[j][i];
                    tok = stTok[j][i];
                }
            }
            return best;
        }

        /** One day in an automatic-tiering class: enter at idle age 0, pay by tier, then age or reset on a read. */
        void autoDay(int j, int t, double enter, double requests, boolean read) {
            int[] k = stK[j];
            double[] v = stV[j];
            int[] tk = stTok[j];
            double[] cost = autoCost[j];
            int cap = cost.length - 1;
            int cnt = stN[j];
            if (enter < INF) {
                // states are sorted by idle age; age 0 only ever comes from a new entry
                System.arraycopy(k, 0, k, 1, cnt);
                System.arraycopy(v, 0, v, 1, cnt);
                System.arraycopy(tk, 0, tk, 1, cnt);
                k[0] = 0;
                v[0] = enter;
                tk[0] = t;
                cnt++;
            }
            for (int i = 0; i < cnt; i++) {
                v[i] += cost[k[i]] + requests;
            }
            if (read) {
                int best = 0;
                for (int i = 1; i < cnt; i++) {
                    if (v[i] < v[best]) {
                        best = i;
                    }
                }
                if (cnt > 0) {
                    k[0] = Math.min(1, cap);
                    v[0] = v[best];
                    tk[0] = tk[best];
                    cnt = 1;
                }
            } else {
                for (int i = 0; i < cnt; i++) {
                    k[i] = Math.min(k[i] + 1, cap);
                }
                if (cnt >= 2 && k[cnt - 1] == k[cnt - 2]) {
                    if (v[cnt - 2] < v[cnt - 1]) {
                        v[cnt - 1] = v[cnt - 2];
                        tk[cnt - 1] = tk[cnt - 2];
                    }
                    k[cnt - 2] = k[cnt - 1];
                    v[cnt - 2] = v[cnt - 1];
                    tk[cnt - 2] = tk[cnt - 1];
                    cnt--;
                }
            }
            // an older-idle state that costs no more dominates every younger one
            int kept = cnt;
            double runMin = INF;
            int w = cnt;
            for (int i = cnt - 1; i >= 0; i--) {
                if (v[i] < runMin) {
                    runMin = v[i];
                    w--;
                    k[w] = k[i];
                    v[w] = v[i];
                    tk[w] = tk[i];
                } else {
                    kept--;
                }
            }
            if (w > 0) {
                System.arraycopy(k, w, k, 0, kept);
                System.arraycopy(v, w, v, 0, kept);
                System.arraycopy(tk, w, tk, 0, kept);
            }
            stN[j] = kept;
        }

        Plan plan(double cost, int j, int entryDay, int first, int[] allowed) {
            int[] ds = new int[8];
            int[] ps = new int[8];
            int len = 0;
            int q = j;
            int e = entryDay;
            while (true) {
                if (len == ds.length) {
                    ds = Arrays.copyOf(ds, len * 2);
                    ps = Arrays.copyOf(ps, len * 2);
                }
                ds[len] = first + e;
                ps[len] = allowed[q];
                len++;
                if (e <= 0) {
                    break;
                }
                int pq = fromQ[e * n + q];
                int pe = fromTok[e * n + q];
                q = pq;
                e = pe;
            }
            int[] days = new int[len];
            int[] places = new int[len];
            for (int i = 0; i < len; i++) {
                days[i] = ds[len - 1 - i];
                places[i] = ps[len - 1 - i];
            }
            return new Plan(cost, days, places);
        }
    }
}
