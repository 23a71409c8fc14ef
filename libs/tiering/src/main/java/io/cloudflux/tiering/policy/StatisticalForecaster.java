package io.cloudflux.tiering.policy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The default forecaster: an empirical, online model of "how likely is a read on a day, given how
 * many days the object has been idle", learned per group of similar objects (the first segment of
 * the key and the extension, which a real system knows at upload time) and shrunk towards all
 * objects where a group has little data. Reads are treated as a renewal process on that hazard, so
 * recency, decay and periodic jobs (a hazard peak at the job's period) are all captured; deletions
 * are modelled the same way by age, so commitments (minimum storage durations) are priced against
 * the expected remaining life.
 *
 * <p>It only learns from the past: exposure is counted day by day as time passes.
 */
public final class StatisticalForecaster implements Forecaster {
    static final int IDLE_CAP = 400;
    static final int AGE_CAP = 800;
    static final int[] HORIZONS = {0, 30, 90, 180, 365};
    private static final double PRIOR_DAYS = 30;

    private final Group all = new Group(null);
    private final Map<String, Group> groups = new HashMap<>();

    /** Per-object state. */
    static final class Tracked {
        final Group group;
        final int putDay;
        int lastAccess;
        int lastReadDay = -1;
        int accountedUntil;
        long reads;
        int readDays;

        Tracked(Group group, int putDay) {
            this.group = group;
            this.putDay = putDay;
            this.lastAccess = putDay;
            this.accountedUntil = putDay;
        }
    }

    @Override
    public Object track(ObjectView o, int day) {
        Group g = groups.computeIfAbsent(groupKey(o.key()), k -> new Group(all));
        return new Tracked(g, day);
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
            return;
        }
        account(t, day + 1);
        int idle = Math.min(day - t.lastAccess, IDLE_CAP);
        t.group.idleHits[idle]++;
        all.idleHits[idle]++;
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
        if (deleted) {
            int age = Math.min(lastDay - t.putDay, AGE_CAP);
            t.group.ageDeaths[age]++;
            all.ageDeaths[age]++;
        }
    }

    /** Counts the days before {@code until} on which the object existed (exposure), idle and by age. */
    private void account(Tracked t, int until) {
        Group g = t.group;
        for (int d = t.accountedUntil; d < until; d++) {
            int idle = Math.min(d - t.lastAccess, IDLE_CAP);
            int age = Math.min(d - t.putDay, AGE_CAP);
            g.idleExposure[idle]++;
            all.idleExposure[idle]++;
            g.ageExposure[age]++;
            all.ageExposure[age]++;
        }
        t.accountedUntil = Math.max(t.accountedUntil, until);
    }

    @Override
    public Forecast forecast(Object state, ObjectView o, int day) {
        Tracked t = (Tracked) state;
        account(t, day);
        all.refresh(day);
        t.group.refresh(day);
        Group g = t.group;
        int idle = Math.min(day - t.lastAccess, IDLE_CAP);
        int age = Math.min(day - t.putDay, AGE_CAP);
        double intensity = t.readDays >= 2 ? (double) t.reads / t.readDays : g.intensity;
        double[] alive = new double[HORIZONS.length];
        double[] reads = new double[HORIZONS.length];
        double survive = 1;
        double sum = 0;
        int h = 1;
        for (int j = 0; j < HORIZONS[HORIZONS.length - 1]; j++) {
            sum += survive;
            survive *= 1 - g.deathHazard[Math.min(age + j, AGE_CAP)];
            if (j + 1 == HORIZONS[h]) {
                alive[h] = sum;
                reads[h] = intensity * g.renewal[h][idle] * sum / HORIZONS[h];
                h++;
            }
        }
        return new Prediction(alive, reads);
    }

    private record Prediction(double[] alive, double[] reads) implements Forecast {
        @Override
        public double expectedReads(int days) {
            return interpolate(reads, days);
        }

        @Override
        public double expectedAliveDays(int days) {
            return interpolate(alive, days);
        }

        private static double interpolate(double[] v, int days) {
            int last = HORIZONS.length - 1;
            if (days >= HORIZONS[last]) {
                return v[last] * days / HORIZONS[last];
            }
            int h = 1;
            while (HORIZONS[h] < days) {
                h++;
            }
            double f = (double) (days - HORIZONS[h - 1]) / (HORIZONS[h] - HORIZONS[h - 1]);
            return v[h - 1] + f * (v[h] - v[h - 1]);
        }
    }

    /** Counts of one group of objects and the model derived from them. */
    static final class Group {
        final Group parent;
        final double[] idleExposure = new double[IDLE_CAP + 1];
        final double[] idleHits = new double[IDLE_CAP + 1];
        final double[] ageExposure = new double[AGE_CAP + 1];
        final double[] ageDeaths = new double[AGE_CAP + 1];
        double reads;
        double readDays;
        final double[] hazard = new double[IDLE_CAP + 1];
        final double[] deathHazard = new double[AGE_CAP + 1];
        final double[][] renewal = new double[HORIZONS.length][IDLE_CAP + 1];
        double intensity = 1;
        private int refreshedDay = Integer.MIN_VALUE;

        Group(Group parent) {
            this.parent = parent;
        }

        /** Re-estimates the model daily for the first four weeks, weekly after. */
        void refresh(int day) {
            if (day == refreshedDay || (day >= 28 && day - refreshedDay < 7)) {
                return;
            }
            refreshedDay = day;
            smooth(idleHits, idleExposure, hazard, parent == null ? null : parent.hazard);
            smooth(ageDeaths, ageExposure, deathHazard, parent == null ? null : parent.deathHazard);
            double parentIntensity = parent == null ? 1 : parent.intensity;
            intensity = (reads + 5 * parentIntensity) / (readDays + 5);
            renew();
        }

        /** Pools neighbouring days (more of them further out) and shrinks towards the parent's estimate. */
        private static void smooth(double[] hits, double[] exposure, double[] out, double[] prior) {
            double totalHits = 0;
            double totalExposure = 0;
            for (int i = 0; i < hits.length; i++) {
                totalHits += hits[i];
                totalExposure += exposure[i];
            }
            double flat = totalExposure > 0 ? totalHits / totalExposure : 0;
            for (int j = 0; j < out.length; j++) {
                int w = j < 8 ? 0 : j / 8;
                double h = 0;
                double e = 0;
                for (int x = Math.max(0, j - w); x <= Math.min(out.length - 1, j + w); x++) {
                    h += hits[x];
                    e += exposure[x];
                }
                double p = prior == null ? flat : prior[j];
                out[j] = Math.min(0.999, (h + PRIOR_DAYS * p) / (e + PRIOR_DAYS));
            }
        }

        /** Expected read days within each horizon from each idle age: f_h(i) = λ(i)(1 + f_{h-1}(1)) + (1 − λ(i)) f_{h-1}(i + 1). */
        private void renew() {
            double[] prev = new double[IDLE_CAP + 1];
            double[] next = new double[IDLE_CAP + 1];
            int k = 1;
            for (int h = 1; h <= HORIZONS[HORIZONS.length - 1]; h++) {
                for (int i = 0; i <= IDLE_CAP; i++) {
                    double l = hazard[i];
                    next[i] = l * (1 + prev[1]) + (1 - l) * prev[Math.min(i + 1, IDLE_CAP)];
                }
                double[] swap = prev;
                prev = next;
                next = swap;
                if (h == HORIZONS[k]) {
                    System.arraycopy(prev, 0, renewal[k], 0, IDLE_CAP + 1);
                    k++;
                }
            }
        }
    }
}
