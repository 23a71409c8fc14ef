package io.cloudflux.tiering.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The default forecaster: an empirical, online model of "how likely is a read on a day, given the
 * object's age and how many days it has been idle", learned per group of similar objects (the first
 * segment of the key and the extension, which a real system knows at upload time) and shrunk
 * towards all objects where a group has little data. Age is bucketed by powers of two, idle days are
 * exact for a month and coarser after. Expected reads come from a renewal process on that hazard in
 * which the object also ages, so recency, decay with age and periodic jobs (a hazard peak at the
 * job's period) are all captured; the read days are weighted by the object's own recent reads per
 * read day and by its own record, how many read days it had against those its states predicted for it
 * ({@link #FRAILTY_SHAPE}). Scheduled jobs are learnt as the extra chance of a read on a Monday or on the first of a
 * month ({@link CalendarDays}), by which Monday or month start since the upload it is (a job with a retention
 * window reads the first few), added for the Mondays and month starts ahead. Deletions are
 * modelled the same way by age, per calendar cohort of the upload date (a backup rotation keeps
 * weekday, Sunday and month-start copies for different times), so commitments (minimum storage
 * durations) are priced against the expected remaining life.
 *
 * <p>It only learns from the past: exposure is counted day by day as time passes, for every live member
 * of a group up to each re-estimate (not only for the objects looked at lately, which would count long
 * idle spells late and overestimate the read chance after them).
 */
public final class StatisticalForecaster implements Forecaster {
    /** Idle days are tracked exactly up to 512 for exposure; the model groups them into {@link #IDLE_STATES} states. */
    static final int IDLE_CAP = 512;
    static final int AGE_CAP = 800;
    /** Horizons the forecast is tabled at, interpolated in between: days apart at first, where plans need them. */
    static final int[] HORIZONS = {0, 1, 3, 7, 14, 30, 90, 180, 365};
    /** For each day count up to the last horizon, the index of the first horizon at or above it (at least 1). */
    private static final int[] HORIZON_ABOVE = new int[HORIZONS[HORIZONS.length - 1] + 1];
    /** 1 / (HORIZONS[h] − HORIZONS[h − 1]). */
    private static final double[] INVERSE_SPAN = new double[HORIZONS.length];

    static {
        for (int d = 0, h = 1; d < HORIZON_ABOVE.length; d++) {
            while (HORIZONS[h] < d) {
                h++;
            }
            HORIZON_ABOVE[d] = h;
        }
        for (int h = 1; h < HORIZONS.length; h++) {
            INVERSE_SPAN[h] = 1.0 / (HORIZONS[h] - HORIZONS[h - 1]);
        }
    }
    /** Doubling levels of the life tables: enough powers of two to sum up to the last horizon. */
    static final int LIFE_LEVELS = 32 - Integer.numberOfLeadingZeros(HORIZONS[HORIZONS.length - 1]);
    /** The levels each horizon is summed from: the set bits of its day count, highest first. */
    private static final int[][] HORIZON_BITS = new int[HORIZONS.length][];

    static {
        for (int k = 0; k < HORIZONS.length; k++) {
            int h = HORIZONS[k];
            HORIZON_BITS[k] = IntStream.iterate(LIFE_LEVELS - 1, j -> j >= 0, j -> j - 1).filter(j -> (h >> j & 1) != 0).toArray();
        }
    }
    /** Age buckets by their first day: 0, 1, 2–3, 4–7, … days old, the last open-ended. */
    private static final int[] AGE_STARTS = {0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512};
    static final int AGE_BUCKETS = AGE_STARTS.length;
    /** Chance that a day moves the object to the next age bucket (1 / the bucket's width, 0 for the last). */
    private static final double[] AGE_STEP = new double[AGE_BUCKETS];
    private static final int[] AGE_BUCKET = new int[AGE_CAP + 1];

    static {
        for (int b = 0; b + 1 < AGE_BUCKETS; b++) {
            AGE_STEP[b] = 1.0 / (AGE_STARTS[b + 1] - AGE_STARTS[b]);
        }
        for (int a = 0, b = 0; a <= AGE_CAP; a++) {
            if (b + 1 < AGE_BUCKETS && AGE_STARTS[b + 1] <= a) {
                b++;
            }
            AGE_BUCKET[a] = b;
        }
    }
    /** Idle states: one per day up to 31, then two per doubling (32, 48, 64, 96, …), 512 and more last. */
    private static final int[] IDLE_STARTS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
        22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 48, 64, 96, 128, 192, 256, 384, 512};
    static final int IDLE_STATES = IDLE_STARTS.length;
    /** The first idle state of a long spell (32 days and more without access). */
    static final int LONG_IDLE = 32;
    /**
     * A woken run: a read that ends a long idle spell on a day when its key prefix had at least {@link #WAKE_SIBLINGS}
     * such reads (its own included) starts this many chain states of its own (from {@link #IDLE_STATES}), which each
     * further read within them starts again: a project that wakes up reads its files for days, a stray read of one
     * old file does not lead to more, and the object's own history cannot tell the two apart.
     */
    static final int WOKEN_DAYS = 7;
    static final int WAKE_SIBLINGS = 3;
    /**
     * A read that ended an idle spell of at least this many days, and did not start a woken run, has
     * {@link #WOKEN_DAYS} chain states of its own after it too (from {@link #GAPPED}), until the next read: the read
     * of a file that had cooled is not the read of one in use, and "read yesterday" should not say the same of both.
     */
    static final int GAP_DAYS = 15;
    /** The first of the states after a read that ended a gap. */
    static final int GAPPED = IDLE_STATES + WOKEN_DAYS;
    /** The chain's states: the idle states, then the woken days 1 to {@link #WOKEN_DAYS}, then the days after a gap. */
    static final int STATES = IDLE_STATES + 2 * WOKEN_DAYS;
    /** Chance that a day without a read moves the object to the next state ({@link #NEXT_STATE}). */
    private static final double[] IDLE_STEP = new double[STATES];
    /** The state a day without a read moves to: the next idle state or woken or gap day; after the last of those, idle day 8. */
    private static final int[] NEXT_STATE = new int[STATES];
    private static final int[] IDLE_STATE = new int[IDLE_CAP + 1];
    /**
     * Where a read in each state sends the object, as an index into the renewal's row of values ({@link Group#renew}):
     * a state, or {@link #STATES} for the mix of a woken run and the days after a gap that a read ending a long idle
     * spell starts.
     */
    private static final int[] AFTER_READ = new int[STATES];

    static {
        for (int i = 0, st = 0; i <= IDLE_CAP; i++) {
            if (st + 1 < IDLE_STATES && IDLE_STARTS[st + 1] <= i) {
                st++;
            }
            IDLE_STATE[i] = st;
        }
        for (int st = 0; st < IDLE_STATES; st++) {
            IDLE_STEP[st] = st + 1 < IDLE_STATES ? 1.0 / (IDLE_STARTS[st + 1] - IDLE_STARTS[st]) : 0;
            NEXT_STATE[st] = Math.min(st + 1, IDLE_STATES - 1);
        }
        for (int s = 0; s < STATES; s++) {
            // a woken run goes on, a read that ends a long idle spell may start one, one that ends a shorter gap starts
            // the days after a gap, any other read idle day 1
            AFTER_READ[s] = s >= GAPPED ? 1 : s >= IDLE_STATES ? IDLE_STATES : s >= LONG_IDLE ? STATES
                    : s >= GAP_DAYS ? GAPPED : 1;
        }
        for (int j = 1; j <= WOKEN_DAYS; j++) {
            IDLE_STEP[IDLE_STATES + j - 1] = 1;
            NEXT_STATE[IDLE_STATES + j - 1] = j < WOKEN_DAYS ? IDLE_STATES + j : IDLE_STATE[WOKEN_DAYS + 1];
            IDLE_STEP[GAPPED + j - 1] = 1;
            NEXT_STATE[GAPPED + j - 1] = j < WOKEN_DAYS ? GAPPED + j : IDLE_STATE[WOKEN_DAYS + 1];
        }
    }
    /**
     * Pseudo-days of the separable prior (the group's level × the state's relative risk × the age's) in the prior of a
     * woken day's read chance at one age: the woken day's own rate over all ages, which that prior only starts. The
     * separable prior scales a wake-up by the age's relative risk, which is that of dormant files mostly: a project
     * waking at an age none had woken at was forecast a fraction of its reads (5,000 objects 513.21 → 511.24 USD,
     * seed 7 544.51 → 539.88; with 50 pseudo-days 512.01, with the days after a gap pooled as well 511.38).
     */
    static final double WOKEN_POOL_DAYS = 1;
    /** Pseudo-reads of "half of the reads that end a long idle spell have siblings" in a group's share. */
    private static final double WAKE_PRIOR = 2;
    /** Pseudo-days of exposure a prior estimate is worth: rare reads need many days of data to outweigh it. */
    private static final double PRIOR_DAYS = 50;
    /**
     * Pseudo-days the population's death hazard at an age is worth as a prior for a group's own, and the prior of
     * the population's read chance before anything has been observed.
     */
    private static final double PARENT_DAYS = 20;
    /**
     * How far an object's own record moves its forecast: read rates vary between the objects of one chain state as a
     * gamma distribution of this shape around the state's rate, so an object with O read days on ordinary days where
     * the chain expected E has its read days scaled by the posterior mean (k + O) / (k + E), as the idle discount of
     * {@code CloudfluxPolicy} assumes of one idle spell (also k = 1).
     */
    static final double FRAILTY_SHAPE = 1;
    /**
     * A group re-estimates its model the day after a woken run began or went on ({@link Group#runSinceRefresh}) until
     * it has seen this many objects' woken runs: by then its woken states have data of their own, and groups whose
     * objects wake every day (a large media library's yearly reads) would otherwise re-estimate daily.
     */
    static final int RUNS_LEARNT = 30;
    /**
     * A calendar cohort's life table is rebuilt at most weekly, but at each new death until it has been built from this
     * many: a deployment's first rotation deaths would otherwise go unseen for a week, and the copies written in it be
     * committed to a year of GCS ARCHIVE.
     */
    static final int LEARN_DEATHS = 20;
    /**
     * Pseudo-reads the whole population's read rate is worth as a prior for a group's own: one, because groups
     * differ by orders of magnitude (a backup is not a thumbnail) and the population's rate is mostly its hottest
     * objects'. A group whose objects go unread leaves it after about 1 / that rate object-days, not after twenty
     * times as many, so a new deployment's backups are not priced for weeks as if they were read every few days.
     */
    private static final double PARENT_READS = 1;
    /**
     * The population's chance of deletion at an age no object has reached yet: {@value #UNSEEN_AGE_RATE} / (age +
     * {@value #UNSEEN_AGE_OFFSET}) per day (what has lived a days has even odds of living about another 0.4 (a + 10)
     * more), worth {@link #PARENT_DAYS} days of exposure at each age. Where nothing has lived that long, "never
     * deleted" is not data: a young deployment's objects are not committed for a year on it (a backup rotation is only
     * seen once its first copies expire). The rate was 1 until the seventh session (even odds of living as long
     * again); 2 was measured better on both seeds (20,000 objects: 2,139.53 → 2,135.42 USD).
     */
    static final int UNSEEN_AGE_OFFSET = 10;
    static final double UNSEEN_AGE_RATE = 2;
    private static final double[] UNSEEN_AGE_DEATHS = new double[AGE_CAP + 1];

    static {
        for (int age = 0; age <= AGE_CAP; age++) {
            UNSEEN_AGE_DEATHS[age] = UNSEEN_AGE_RATE / (age + UNSEEN_AGE_OFFSET);
        }
    }
    /** The daily read probability assumed before anything has been observed. */
    private static final double COLD_START_HAZARD = 0.1;
    /**
     * Calendar cohorts of the upload date for the life model: the first of the month, else the
     * weekday (backup rotations keep Sunday and month-start copies longer).
     */
    static final int COHORTS = 8;
    /** Weight of the latest read day in the running mean of reads per read day (reads per day drift over a life). */
    static final double RECENT = 0.3;
    /**
     * Days over which an object's reads per read day, counted on its past read days, fade towards one while it is not
     * read (e^(−(days idle − 1) / this)): a photo read five times a day in its first week is read once when it is read again
     * a month later (5,000 objects 522.43 → 522.01 USD, seed 7 555.05 → 554.27, 20,000 objects 2,170.97 → 2,164.28; with
     * 3 days 522.18, 30 days 522.11).
     */
    static final double INTENSITY_FADE_DAYS = 10;
    /** Pseudo-reads the population's shape (relative risk by idle days, by age) is worth in a group's own. */
    private static final double PRIOR_HITS = 5;

    /** Rounds of the joint fit of the prior's two relative risks (idle state, age bucket). */
    static final int JOINT_FIT_ROUNDS = 5;
    /** Mondays and month starts since the upload told apart: the first eight, then all later ones together. */
    static final int ORDINALS = 8;
    /**
     * A group's model is re-estimated at least this often, and whenever its data grew by a quarter. The renewal
     * tables' far horizons (beyond {@link #NEAR_HORIZON}) are recomputed less often ({@link #FAR_REFRESH_DAYS}); in
     * between, the near horizons are, and the far ones move by the change at the last near horizon. Every 3 days
     * instead of weekly cost 0.15% less at 20,000 objects (0.34% at 5,000); the whole recursion every 3 days gained
     * the same for 10–30% of the speed.
     */
    static final int REFRESH_DAYS = 3;
    /**
     * The renewal's far horizons are recomputed at least this often, and whenever the group's data grew by half since
     * they were ({@link #FAR_GROWTH}): the whole recursion over a year is most of a re-estimate's time, and beyond a
     * month the horizons move slowly. Weekly and on a quarter's growth until the eighth session: every two weeks and on
     * half cost nothing (5,000 objects 511.24 → 511.07 USD, seed 7 539.88 → 539.73) and made analytics-heavy replay
     * 10–20% faster (771 → 483 full recursions per replay).
     */
    static final int FAR_REFRESH_DAYS = 14;
    static final double FAR_GROWTH = 1.5;
    /** The last horizon (30 days) recomputed at every re-estimate. */
    static final int NEAR_HORIZON = java.util.Arrays.binarySearch(HORIZONS, 30);
    /**
     * Pseudo-days of the prior that a Monday's or a month start's read chance is shrunk towards: an ordinary day's plus
     * the lift of the one before it since the upload.
     */
    private static final double KIND_PRIOR_DAYS = 10;

    /** The life tables' doubling levels, scratch shared by the groups (a forecaster serves one thread). */
    private final double[][] lifeDays = new double[LIFE_LEVELS][AGE_CAP + 1];
    private final double[][] lifeSurvival = new double[LIFE_LEVELS][AGE_CAP + 1];
    private final Group all = new Group(null, lifeDays, lifeSurvival);
    private final Map<String, Group> groups = new HashMap<>();

    /** Per-object state. */
    static final class Tracked {
        final Group group;
        final int putDay;
        final int cohort;
        int lastAccess;
        int lastReadDay = -1;
        int accountedUntil;
        long reads;
        int readDays;
        /** Reads on the latest read day, and an exponentially weighted mean of reads per read day before it. */
        int readsToday;
        double recentPerDay;
        /** The date of the upload, as days since 1970-01-01. */
        final long putEpoch;
        /** Position in the group's list of live members. */
        int index;
        /** Its prefix's count of reads that ended a long idle spell on the day of its own last such read. */
        Wake wake;
        /** Whether that read had siblings ({@link #WAKE_SIBLINGS}), once its day is over; 0 no, 1 yes, -1 not known yet. */
        int woken = -1;
        /** Whether the object is in a woken run: read within {@link #WOKEN_DAYS} of each read since that one. */
        boolean run;
        /** Whether its last read ended an idle spell of {@link #GAP_DAYS} or more (the states after a gap, unless woken). */
        boolean gap;
        /**
         * Ordinary days with a read, and the read days the chain expected on the ordinary days it lived (each day's
         * hazard as the group's table gave it when the day was counted), for {@link #FRAILTY_SHAPE}.
         */
        int ordinaryReadDays;
        double expectedReadDays;

        Tracked(Group group, int putDay, long putEpoch) {
            this.group = group;
            this.putDay = putDay;
            this.putEpoch = putEpoch;
            this.cohort = cohort(putEpoch);
            this.lastAccess = putDay;
            this.accountedUntil = putDay;
        }
    }

    @Override
    public Object track(ObjectView o, int day) {
        Group g = groups.computeIfAbsent(groupKey(o.key()), k -> new Group(all, lifeDays, lifeSurvival));
        Tracked t = new Tracked(g, day, o.epochDay(day));
        g.firstDay = Math.min(g.firstDay, day);
        t.index = g.members.size();
        g.members.add(t);
        return t;
    }

    /** The calendar cohort of a date: 7 on the first of the month, else its weekday, 0 (Monday) to 6. */
    static int cohort(long epochDay) {
        java.time.LocalDate date = java.time.LocalDate.ofEpochDay(epochDay);
        return date.getDayOfMonth() == 1 ? 7 : date.getDayOfWeek().getValue() - 1;
    }

    /** Reads that ended a long idle spell in one key prefix on one day. */
    static final class Wake {
        int count;
    }

    /**
     * Per key prefix, its reads that ended a long idle spell on {@link #wakesDay}: only the day's are kept (each
     * object that woke holds its own day's count), so the map is as large as one day's prefixes with such reads.
     */
    private final Map<String, Wake> wakes = new HashMap<>();
    private int wakesDay = -1;

    /** The first two key segments: {@code projects/prj-0042}, {@code media/uploads}; the whole key's folder if fewer. */
    static String prefixKey(String key) {
        int first = key.indexOf('/');
        if (first < 0) {
            return "";
        }
        int second = key.indexOf('/', first + 1);
        return second < 0 ? key.substring(0, first) : key.substring(0, second);
    }

    /**
     * The chain state of an object on {@code day} (before that day's reads): a woken day while it is in a woken run, a
     * day after a gap in the week after a read that ended one, else its idle state.
     */
    private int stateOf(Tracked t, int day) {
        int idle = day - t.lastAccess;
        if (t.run && idle >= 1 && idle <= WOKEN_DAYS) {
            if (t.woken < 0) {
                // the wake's day is over: every read of it has been seen
                t.woken = t.wake.count >= WAKE_SIBLINGS ? 1 : 0;
                t.wake = null;
                t.group.wakes++;
                t.group.wokenWakes += t.woken;
                t.group.runSinceRefresh |= t.woken == 1 && t.group.wokenWakes <= RUNS_LEARNT;
                all.wakes++;
                all.wokenWakes += t.woken;
            }
            if (t.woken == 1) {
                return IDLE_STATES + idle - 1;
            }
        }
        if (t.gap && idle >= 1 && idle <= WOKEN_DAYS) {
            return GAPPED + idle - 1;
        }
        return IDLE_STATE[Math.min(idle, IDLE_CAP)];
    }

    /** First key segment plus extension: {@code media|jpg}, {@code backups|gz}. */
    static String groupKey(String key) {
        int slash = key.indexOf('/');
        String prefix = slash < 0 ? "" : key.substring(0, slash);
        int lastSlash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        String ext = dot > lastSlash && key.length() - dot <= 9 ? key.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return prefix + '|' + ext;
    }

    @Override
    public void observeRead(Object state, ObjectView o, int day, int count) {
        Tracked t = (Tracked) state;
        t.reads += count;
        t.group.reads += count;
        all.reads += count;
        if (t.lastReadDay == day) {
            t.readsToday += count;
            return;
        }
        if (t.readDays > 0) {
            t.recentPerDay = t.readDays == 1 ? t.readsToday : (1 - RECENT) * t.recentPerDay + RECENT * t.readsToday;
        }
        t.readsToday = count;
        account(t, day + 1);
        int idle = stateOf(t, day);
        // a woken run goes on while reads come within the woken days
        t.run &= idle >= IDLE_STATES && idle < GAPPED;
        t.group.runSinceRefresh |= t.run && t.group.wokenWakes <= RUNS_LEARNT;
        t.gap = idle >= GAP_DAYS && idle < IDLE_STATES;
        if (idle >= LONG_IDLE && idle < IDLE_STATES) {
            t.run = true;
            if (wakesDay != day) {
                wakes.clear();
                wakesDay = day;
            }
            Wake w = wakes.computeIfAbsent(prefixKey(o.key()), k -> new Wake());
            w.count++;
            t.wake = w;
            t.woken = -1;
        }
        int b = ageBucket(day - t.putDay);
        int kind = CalendarDays.kind(t.putEpoch + day - t.putDay);
        if (kind == CalendarDays.ORDINARY) {
            t.group.idleHits[b][idle]++;
            all.idleHits[b][idle]++;
            t.ordinaryReadDays++;
        } else {
            t.group.ordinalHits[kind][ordinal(kind, t.putEpoch, t.putEpoch + day - t.putDay)][b]++;
        }
        t.group.readDays++;
        all.readDays++;
        t.readDays++;
        t.lastReadDay = day;
        t.lastAccess = day;
    }

    @Override
    public void observeEnd(Object state, ObjectView o, int lastDay, boolean deleted) {
        Tracked t = (Tracked) state;
        account(t, lastDay + 1);
        List<Tracked> members = t.group.members;
        Tracked last = members.remove(members.size() - 1);
        if (last != t) {
            members.set(t.index, last);
            last.index = t.index;
        }
        if (deleted) {
            int age = Math.min(lastDay - t.putDay, AGE_CAP);
            t.group.ageDeaths[age]++;
            t.group.cohortDeaths[t.cohort][age]++;
            t.group.cohortDeathCount[t.cohort]++;
            t.group.deaths++;
            all.ageDeaths[age]++;
        }
    }

    /** Counts the days before {@code until} on which the object existed (exposure), idle and by age. */
    private void account(Tracked t, int until) {
        Group g = t.group;
        for (int d = t.accountedUntil; d < until; d++) {
            int idle = stateOf(t, d);
            int age = Math.min(d - t.putDay, AGE_CAP);
            int b = ageBucket(d - t.putDay);
            int kind = CalendarDays.kind(t.putEpoch + d - t.putDay);
            if (kind == CalendarDays.ORDINARY) {
                g.idleExposure[b][idle]++;
                all.idleExposure[b][idle]++;
                t.expectedReadDays += g.hazard[b][idle];
            } else {
                g.ordinalExposure[kind][ordinal(kind, t.putEpoch, t.putEpoch + d - t.putDay)][b]++;
            }
            g.exposureDays++;
            all.exposureDays++;
            g.ageExposure[age]++;
            g.cohortExposure[t.cohort][age]++;
            all.ageExposure[age]++;
        }
        t.accountedUntil = Math.max(t.accountedUntil, until);
    }

    /**
     * Which Monday or month start since the upload a day of that kind is: 0 for the first (the upload day counts),
     * up to {@link #ORDINALS} − 1 for that one and all later. Jobs with a retention window read the first few only.
     */
    static int ordinal(int kind, long putEpoch, long epochDay) {
        return Math.min(ORDINALS - 1, CalendarDays.count(kind, putEpoch, epochDay + 1) - 1);
    }

    /** 0, 1, 2-3, 4-7, … days old, the last bucket open-ended. */
    static int ageBucket(int age) {
        return AGE_BUCKET[Math.max(0, Math.min(age, AGE_CAP))];
    }

    @Override
    public Forecast forecast(Object state, ObjectView o, int day) {
        Tracked t = (Tracked) state;
        account(t, day);
        if (t.group.due(day)) {
            // every member's idle days up to today, not only those of the members looked at lately: long idle
            // spells would otherwise be counted late and their read chance overestimated
            for (Tracked m : t.group.members) {
                account(m, day);
            }
        }
        all.refresh(day);
        t.group.refresh(day);
        Group g = t.group;
        g.tables();
        double intensity = t.readDays >= 2 ? (1 - RECENT) * t.recentPerDay + RECENT * t.readsToday : g.intensity;
        if (intensity > 1) {
            // reads per read day were counted while the object was busy; as it cools they tend to one
            intensity = 1 + (intensity - 1) * Math.exp(-(day - t.lastAccess - 1) / INTENSITY_FADE_DAYS);
        }
        int age = Math.min(day - t.putDay, AGE_CAP);
        // how much more or less the object has been read than its chain states said: a photo read every eighth day is
        // "read yesterday" as often as one read every other day, and the state's rate is mostly the latter's
        double frailty = (FRAILTY_SHAPE + t.ordinaryReadDays) / (FRAILTY_SHAPE + t.expectedReadDays);
        return new Prediction(g, g.alive(t.cohort, day, age), intensity, frailty, ageBucket(day - t.putDay),
                stateOf(t, day), age, day - t.putDay, t.putEpoch + day - t.putDay);
    }

    /** A forecast read off the group's tables at the horizons, interpolated in between. */
    private static final class Prediction implements Forecast {
        /** Alive days and expected reads up to each of {@link #HORIZONS}, read off the tables once. */
        private final double[] aliveAt = new double[HORIZONS.length];
        private final double[] readsAt = new double[HORIZONS.length];
        /** Reads per read day: the chain counts read days, each of which has this many reads. */
        private final double perReadDay;

        /**
         * Reads in each stretch between horizons are weighted by the share of that stretch the
         * object is expected to be alive; the chain's read days are scaled by the object's {@code frailty}, the
         * calendar's (a job's Mondays and month starts) are not.
         */
        Prediction(Group g, double[] alive, double intensity, double frailty, int bucket, int idle, int age, int trueAge,
                   long today) {
            perReadDay = Math.max(1, intensity);
            double sum = 0;
            int lives = age * HORIZONS.length;
            int renewals = (bucket * STATES + idle) * HORIZONS.length;
            long putEpoch = today - trueAge;
            // the calendar's extra read days up to each horizon: kinds of day counted since the upload, their lifts
            int mondays = 0;
            int monthStarts = 0;
            double mondayLift = 0;
            double monthStartLift = 0;
            if (g.calendarLift) {
                mondays = CalendarDays.count(CalendarDays.MONDAY, putEpoch, today);
                monthStarts = CalendarDays.count(CalendarDays.MONTH_START, putEpoch, today);
                mondayLift = g.liftUpTo(CalendarDays.MONDAY, mondays);
                monthStartLift = g.liftUpTo(CalendarDays.MONTH_START, monthStarts);
            }
            for (int k = 1; k < HORIZONS.length; k++) {
                double span = HORIZONS[k] - HORIZONS[k - 1];
                double aliveShare = (alive[lives + k] - alive[lives + k - 1]) / span;
                double days = frailty * (g.renewal[renewals + k] - g.renewal[renewals + k - 1]);
                if (g.calendarLift) {
                    long to = today + HORIZONS[k];
                    mondays += CalendarDays.count(CalendarDays.MONDAY, today + HORIZONS[k - 1], to);
                    monthStarts += CalendarDays.count(CalendarDays.MONTH_START, today + HORIZONS[k - 1], to);
                    double mondayTo = g.liftUpTo(CalendarDays.MONDAY, mondays);
                    double monthStartTo = g.liftUpTo(CalendarDays.MONTH_START, monthStarts);
                    days += mondayTo - mondayLift + (monthStartTo - monthStartLift);
                    mondayLift = mondayTo;
                    monthStartLift = monthStartTo;
                }
                sum += days * aliveShare;
                aliveAt[k] = alive[lives + k];
                readsAt[k] = intensity * sum;
            }
        }

        @Override
        public double expectedReads(int days) {
            return interpolate(days, readsAt);
        }

        @Override
        public double expectedReadDays(int days) {
            return expectedReads(days) / perReadDay;
        }

        @Override
        public double expectedAliveDays(int days) {
            return interpolate(days, aliveAt);
        }

        private static double interpolate(int days, double[] at) {
            int last = HORIZONS.length - 1;
            if (days >= HORIZONS[last]) {
                return at[last] * days / HORIZONS[last];
            }
            int h = HORIZON_ABOVE[Math.max(0, days)];
            double f = (days - HORIZONS[h - 1]) * INVERSE_SPAN[h];
            return at[h - 1] + f * (at[h] - at[h - 1]);
        }
    }

    /** Counts of one group of objects and the model derived from them. */
    static final class Group {
        final Group parent;
        final double[][] idleExposure = new double[AGE_BUCKETS][STATES];
        final double[][] idleHits = new double[AGE_BUCKETS][STATES];
        /** Reads that ended a long idle spell, and how many of them had siblings the same day. */
        double wakes;
        double wokenWakes;
        final double[] ageExposure = new double[AGE_CAP + 1];
        final double[] ageDeaths = new double[AGE_CAP + 1];
        /** Read days and exposure on Mondays and month starts, by which one since the upload it is and by age bucket. */
        final double[][][] ordinalHits = new double[CalendarDays.KINDS][ORDINALS][AGE_BUCKETS];
        final double[][][] ordinalExposure = new double[CalendarDays.KINDS][ORDINALS][AGE_BUCKETS];
        /**
         * Chance of a read on the n-th Monday or month start since the upload above that on an ordinary day of the
         * same age, summed over the first n ({@code liftSum[kind][n]}); the last ordinal stands for all later ones.
         */
        final double[][] liftSum = new double[CalendarDays.KINDS][ORDINALS + 1];
        boolean calendarLift;

        /** The lifts of the first {@code n} days of a kind since the upload. */
        private double liftUpTo(int kind, int n) {
            if (n < ORDINALS) {
                return liftSum[kind][n];
            }
            double last = liftSum[kind][ORDINALS] - liftSum[kind][ORDINALS - 1];
            return liftSum[kind][ORDINALS] + (n - ORDINALS) * last;
        }
        double reads;
        double readDays;
        final double[][] hazard = new double[AGE_BUCKETS][STATES];
        final double[] idleRisk = new double[STATES];
        final double[] ageRisk = new double[AGE_BUCKETS];
        private final double[] bucketHits = new double[AGE_BUCKETS];
        private final double[] bucketExposure = new double[AGE_BUCKETS];
        double mean;
        final double[] deathHazard = new double[AGE_CAP + 1];
        /** Expected read days within each horizon from each state, at [(age bucket × STATES + state) × horizons + horizon]. */
        final double[] renewal = new double[AGE_BUCKETS * STATES * HORIZONS.length];
        /** The group's life table while it has seen no deletion, as {@link #survive} writes it, up to age {@code aliveUpTo}. */
        final double[] alive = new double[(AGE_CAP + 1) * HORIZONS.length];
        private int aliveUpTo;
        /** Deaths and exposure by calendar cohort, the life model shrunk towards the group's, its tables when first needed. */
        final double[][] cohortDeaths = new double[COHORTS][AGE_CAP + 1];
        final double[][] cohortExposure = new double[COHORTS][AGE_CAP + 1];
        private final double[][] cohortHazard = new double[COHORTS][];
        private final double[][] cohortAlive = new double[COHORTS][];
        private final int[] cohortDay = new int[COHORTS];
        /** Deaths per calendar cohort, and as many as its life table was last built from. */
        final int[] cohortDeathCount = new int[COHORTS];
        private final int[] cohortDeathsBuilt = new int[COHORTS];
        private final int[] cohortUpTo = new int[COHORTS];
        /** The first day a member was tracked: no member is older than the days since. */
        int firstDay = Integer.MAX_VALUE;
        /** Deletions seen in the group: without any, every cohort lives by the group's table. */
        double deaths;
        private boolean fresh;
        /** Whether the next renewal recomputes the far horizons, when they were last, on what exposure. */
        private boolean farDue;
        private int renewedDay = -1_000_000;
        private double exposureAtRenewal;
        /** Whether {@link #alive} is up to date; it is only needed while the group has seen no deletion. */
        private boolean aliveFresh;
        private double exposureAtRefresh;
        /**
         * Whether one of the group's objects started or went on with a woken run since the last re-estimate, while the
         * group has seen at most {@link #RUNS_LEARNT} of them: a wake-up is a change of regime, and the group's first
         * ones would otherwise be priced on the woken states' prior for up to {@link #REFRESH_DAYS} days, the days its
         * reads come.
         */
        boolean runSinceRefresh;
        double exposureDays;
        double intensity = 1;
        private int refreshedDay = -1_000_000;

        private final double[][] lifeDays;
        private final double[][] lifeSurvival;

        Group(Group parent, double[][] lifeDays, double[][] lifeSurvival) {
            this.parent = parent;
            this.lifeDays = lifeDays;
            this.lifeSurvival = lifeSurvival;
        }

        /** The group's live objects, so that a re-estimate can count every member's exposure up to the day. */
        final List<Tracked> members = new ArrayList<>();

        /** Whether {@link #refresh} would re-estimate the model on {@code day}: see {@link #stale} and {@link #runSinceRefresh}. */
        boolean due(int day) {
            return day != refreshedDay && (runSinceRefresh || stale(day, refreshedDay, REFRESH_DAYS, exposureAtRefresh));
        }

        /** At least {@code days} since {@code since}, or the exposure grew by a quarter since it was {@code exposureThen}. */
        private boolean stale(int day, int since, int days, double exposureThen) {
            return day - since >= days || exposureDays >= 1.25 * exposureThen + 1;
        }

        /**
         * Re-estimates the model when its data grew by a quarter since the last time, the day after one of its first
         * woken runs began or went on, and at least every {@link #REFRESH_DAYS}; the renewal's far horizons every
         * {@link #FAR_REFRESH_DAYS} or on half of growth since they were.
         */
        void refresh(int day) {
            if (!due(day)) {
                return;
            }
            if (day - renewedDay >= FAR_REFRESH_DAYS || exposureDays >= FAR_GROWTH * exposureAtRenewal + 1) {
                renewedDay = day;
                exposureAtRenewal = exposureDays;
                farDue = true;
            }
            exposureAtRefresh = exposureDays;
            runSinceRefresh = false;
            refreshedDay = day;
            // a separable prior for cells with little data of their own: the group's level × a relative
            // risk by idle state × one by age bucket, each shrunk towards the population's shape
            double[] hitsS = new double[STATES];
            double[] expS = new double[STATES];
            double totalHits = 0;
            double totalExposure = 0;
            for (int b = 0; b < AGE_BUCKETS; b++) {
                double hb = 0;
                double eb = 0;
                for (int i = 0; i < STATES; i++) {
                    hitsS[i] += idleHits[b][i];
                    expS[i] += idleExposure[b][i];
                    hb += idleHits[b][i];
                    eb += idleExposure[b][i];
                }
                bucketHits[b] = hb;
                bucketExposure[b] = eb;
                totalHits += hb;
                totalExposure += eb;
            }
            // with no data at all, assume a read every ten days: new deployments keep data warm until they know
            double flat = (totalHits + PARENT_DAYS * COLD_START_HAZARD) / (totalExposure + PARENT_DAYS);
            mean = parent == null ? flat : (totalHits + PARENT_READS) / (totalExposure + PARENT_READS / parent.mean);
            for (int i = 0; i < STATES; i++) {
                double shape = parent == null ? 1 : parent.idleRisk[i];
                idleRisk[i] = (hitsS[i] + PRIOR_HITS * shape) / (expS[i] * mean + PRIOR_HITS);
            }
            for (int b = 0; b < AGE_BUCKETS; b++) {
                // before there is data on old objects, assume they are read no more than younger ones
                double shape = parent == null ? 1 : parent.ageRisk[b];
                if (b > 0) {
                    shape = Math.min(shape, ageRisk[b - 1]);
                }
                ageRisk[b] = (bucketHits[b] + PRIOR_HITS * shape) / (bucketExposure[b] * mean + PRIOR_HITS);
            }
            // fitted jointly: exposure at an idle state is mostly young or mostly old, so each relative risk is
            // re-estimated given the other (iterative proportional fitting of the two main effects)
            for (int round = 0; round < JOINT_FIT_ROUNDS; round++) {
                for (int i = 0; i < STATES; i++) {
                    double expected = 0;
                    for (int b = 0; b < AGE_BUCKETS; b++) {
                        expected += idleExposure[b][i] * mean * ageRisk[b];
                    }
                    double shape = parent == null ? 1 : parent.idleRisk[i];
                    idleRisk[i] = (hitsS[i] + PRIOR_HITS * shape) / (expected + PRIOR_HITS);
                }
                for (int b = 0; b < AGE_BUCKETS; b++) {
                    double expected = 0;
                    for (int i = 0; i < STATES; i++) {
                        expected += idleExposure[b][i] * mean * idleRisk[i];
                    }
                    double shape = parent == null ? 1 : parent.ageRisk[b];
                    if (b > 0) {
                        shape = Math.min(shape, ageRisk[b - 1]);
                    }
                    ageRisk[b] = (bucketHits[b] + PRIOR_HITS * shape) / (expected + PRIOR_HITS);
                }
            }
            double[] prior = new double[STATES];
            for (int b = 0; b < AGE_BUCKETS; b++) {
                for (int i = 0; i < STATES; i++) {
                    prior[i] = Math.min(0.999, mean * idleRisk[i] * ageRisk[b]);
                    if (i >= IDLE_STATES && i < GAPPED) {
                        // a woken day's chance of a read is the run's, not the age's: pooled over the ages
                        prior[i] = Math.min(0.999, (hitsS[i] + WOKEN_POOL_DAYS * prior[i]) / (expS[i] + WOKEN_POOL_DAYS));
                    }
                }
                smooth(idleHits[b], idleExposure[b], hazard[b], prior, true, PRIOR_DAYS);
            }
            smooth(ageDeaths, ageExposure, deathHazard, parent == null ? UNSEEN_AGE_DEATHS : parent.deathHazard, false,
                    PARENT_DAYS);
            calendarLift = false;
            double[] ordinary = new double[AGE_BUCKETS];
            for (int b = 0; b < AGE_BUCKETS; b++) {
                // the idle counts are of ordinary days only
                ordinary[b] = (bucketHits[b] + 1) / (bucketExposure[b] + 2);
            }
            for (int kind = 1; kind < CalendarDays.KINDS; kind++) {
                for (int n = 0; n < ORDINALS; n++) {
                    // against the ordinary days of the ages at which this Monday or month start was seen
                    double hits = 0;
                    double exposure = 0;
                    double baseline = 0;
                    for (int b = 0; b < AGE_BUCKETS; b++) {
                        hits += ordinalHits[kind][n][b];
                        exposure += ordinalExposure[kind][n][b];
                        baseline += ordinalExposure[kind][n][b] * ordinary[b];
                    }
                    // until the n-th Monday or month start has been seen, it is taken to be like the one before
                    // (a job that has read the first two is expected to read the third): the lifts of a young
                    // deployment are not zero only because no object has been uploaded long enough ago
                    double carried = n > 0 ? liftSum[kind][n] - liftSum[kind][n - 1] : 0;
                    double lift = carried;
                    if (exposure > 0) {
                        double base = baseline / exposure;
                        lift = Math.max(0, (hits + KIND_PRIOR_DAYS * (base + carried)) / (exposure + KIND_PRIOR_DAYS) - base);
                    }
                    liftSum[kind][n + 1] = liftSum[kind][n] + lift;
                    calendarLift |= lift > 0;
                }
            }
            // reads per day with a read: one, until the group shows otherwise
            intensity = (reads + 2) / (readDays + 2);
            fresh = false;
        }

        /** Computes the expected read days by horizon when first needed after a refresh. */
        void tables() {
            if (!fresh) {
                if (farDue) {
                    renew(HORIZONS.length - 1);
                    farDue = false;
                } else {
                    renewNear();
                }
                aliveFresh = false;
                fresh = true;
            }
        }

        /**
         * The life table of a calendar cohort, from its own deaths shrunk towards the group's hazard;
         * the group's own while it has seen no deletion (nothing to tell cohorts apart by). Lives
         * change slowly: a cohort's table is rebuilt at most weekly, but at each new death while it has
         * seen fewer than {@link #LEARN_DEATHS}. A table holds the ages a member
         * can reach before that (no older than the days since the group's first member), and is rebuilt
         * for an older {@code age}.
         */
        double[] alive(int cohort, int day, int age) {
            tables();
            int upTo = Math.min(AGE_CAP, Math.max(age, day - firstDay + 7));
            if (deaths == 0) {
                if (!aliveFresh || age > aliveUpTo) {
                    survive(deathHazard, alive, upTo, lifeDays, lifeSurvival);
                    aliveFresh = true;
                    aliveUpTo = upTo;
                }
                return alive;
            }
            boolean learning = cohortDeathCount[cohort] > cohortDeathsBuilt[cohort] && cohortDeathsBuilt[cohort] < LEARN_DEATHS;
            if (cohortHazard[cohort] == null || day - cohortDay[cohort] >= 7 || age > cohortUpTo[cohort] || learning) {
                cohortDay[cohort] = day;
                cohortDeathsBuilt[cohort] = cohortDeathCount[cohort];
                cohortUpTo[cohort] = upTo;
                if (cohortHazard[cohort] == null) {
                    cohortHazard[cohort] = new double[AGE_CAP + 1];
                    cohortAlive[cohort] = new double[(AGE_CAP + 1) * HORIZONS.length];
                }
                smooth(cohortDeaths[cohort], cohortExposure[cohort], cohortHazard[cohort], deathHazard, false, PARENT_DAYS);
                survive(cohortHazard[cohort], cohortAlive[cohort], upTo, lifeDays, lifeSurvival);
            }
            return cohortAlive[cohort];
        }

        /**
         * Expected days alive within each horizon from each age, A_h(a) = 1 + (1 − δ(a)) A_{h-1}(a + 1)
         * on the chain that stops ageing at {@link #AGE_CAP}, by doubling: with S_h(a) the chance to
         * live h more days, A_{x+y}(a) = A_x(a) + S_x(a) A_y(a + x), so each horizon takes a few
         * passes over the ages instead of one per day. Written to {@code alive[a × HORIZONS.length + k]} for
         * horizon k and the ages a up to {@code upTo} (a look-up reads all horizons of one age at once);
         * {@code days} and {@code survival} are scratch for the levels, {@link #LIFE_LEVELS} × ({@link #AGE_CAP} + 1).
         */
        static void survive(double[] deathHazard, double[] alive, int upTo, double[][] days, double[][] survival) {
            int n = AGE_CAP + 1;
            for (int a = 0; a < n; a++) {
                days[0][a] = 1;
                survival[0][a] = 1 - deathHazard[a];
            }
            for (int j = 1; j < LIFE_LEVELS; j++) {
                int step = 1 << (j - 1);
                double[] d0 = days[j - 1];
                double[] s0 = survival[j - 1];
                double[] d1 = days[j];
                double[] s1 = survival[j];
                for (int a = 0; a < n; a++) {
                    int later = Math.min(a + step, AGE_CAP);
                    d1[a] = d0[a] + s0[a] * d0[later];
                    s1[a] = s0[a] * s0[later];
                }
            }
            for (int a = 0; a <= upTo; a++) {
                int row = a * HORIZONS.length;
                for (int k = 1; k < HORIZONS.length; k++) {
                    double total = 0;
                    double alsoAlive = 1;
                    int at = a;
                    for (int j : HORIZON_BITS[k]) {
                        total += alsoAlive * days[j][at];
                        alsoAlive *= survival[j][at];
                        at = Math.min(at + (1 << j), AGE_CAP);
                    }
                    alive[row + k] = total;
                }
            }
        }

        /**
         * Pools neighbouring days (more of them further out; idle states beyond a month are already
         * wide) and shrinks towards the prior estimate.
         */
        private static void smooth(double[] hits, double[] exposure, double[] out, double[] prior, boolean idleStates,
                                   double priorDays) {
            int n = hits.length;
            double[] ch = new double[n + 1];
            double[] ce = new double[n + 1];
            for (int i = 0; i < n; i++) {
                ch[i + 1] = ch[i] + hits[i];
                ce[i + 1] = ce[i] + exposure[i];
            }
            double flat = ce[n] > 0 ? ch[n] / ce[n] : 0;
            for (int j = 0; j < n; j++) {
                int w = j < 8 || (idleStates && j >= 32) ? 0 : j / 8;
                int lo = Math.max(0, j - w);
                int hi = Math.min(n - 1, j + w);
                if (idleStates && j < 32) {
                    hi = Math.min(hi, 31);
                }
                double h = ch[hi + 1] - ch[lo];
                double e = ce[hi + 1] - ce[lo];
                double p = prior == null ? flat : prior[j];
                out[j] = Math.min(0.999, (h + priorDays * p) / (e + priorDays));
            }
        }

        /**
         * The near horizons anew, the far ones moved by the change at {@link #NEAR_HORIZON} (an object's reads beyond a
         * month shift with its first month's), kept non-decreasing in the horizon.
         */
        private void renewNear() {
            int h = HORIZONS.length;
            int states = AGE_BUCKETS * STATES;
            double[] before = new double[states];
            for (int st = 0; st < states; st++) {
                before[st] = renewal[st * h + NEAR_HORIZON];
            }
            renew(NEAR_HORIZON);
            for (int st = 0; st < states; st++) {
                double change = renewal[st * h + NEAR_HORIZON] - before[st];
                for (int k = NEAR_HORIZON + 1; k < h; k++) {
                    renewal[st * h + k] = Math.max(renewal[st * h + k] + change, renewal[st * h + k - 1]);
                }
            }
        }

        /**
         * Expected read days within each horizon, by backward induction over days on the chain
         * (age bucket, state): a read sends the object to idle day 1, or to the first woken or gap day as
         * {@link #stateOf} would, a day without one moves it on with probability 1 / (days in the state)
         * ({@link #NEXT_STATE}), and age likewise. Up to horizon index
         * {@code last}; the horizons beyond it are left as they are.
         */
        private void renew(int last) {
            int n = STATES;
            // a read that ends a long idle spell starts a woken week as often as the group's did
            double woken = (wokenWakes + 0.5 * WAKE_PRIOR) / (wakes + WAKE_PRIOR);
            double[] prev = new double[AGE_BUCKETS * n];
            double[] next = new double[AGE_BUCKETS * n];
            // one more slot: where a read that ends a long idle spell leads (AFTER_READ)
            double[] mixed = new double[n + 1];
            int k = 1;
            for (int h = 1; h <= HORIZONS[last]; h++) {
                for (int b = 0; b < AGE_BUCKETS; b++) {
                    double pb = AGE_STEP[b];
                    int same = b * n;
                    int older = (b + 1 < AGE_BUCKETS ? b + 1 : b) * n;
                    // where a day ages the object to: this bucket or the next, before the idle state moves
                    for (int s = 0; s < n; s++) {
                        mixed[s] = (1 - pb) * prev[same + s] + pb * prev[older + s];
                    }
                    mixed[n] = (1 - woken) * mixed[GAPPED] + woken * mixed[IDLE_STATES];
                    double[] l = hazard[b];
                    for (int s = 0; s < n; s++) {
                        double ps = IDLE_STEP[s];
                        double idle = (1 - ps) * mixed[s] + ps * mixed[NEXT_STATE[s]];
                        next[same + s] = l[s] * (1 + mixed[AFTER_READ[s]]) + (1 - l[s]) * idle;
                    }
                }
                double[] swap = prev;
                prev = next;
                next = swap;
                if (h == HORIZONS[k]) {
                    for (int state = 0; state < AGE_BUCKETS * n; state++) {
                        renewal[state * HORIZONS.length + k] = prev[state];
                    }
                    k++;
                }
            }
        }
    }
}
