package io.cloudflux.tiering.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates a realistic, seeded access trace: {@code objects} objects drawn from a {@link Mix} of
 * {@link Archetype}s over {@code days} days from {@code start}, in time order. The same arguments
 * always give the same trace. Parameters are documented in docs/traces.md; they describe the
 * workloads, and are never tuned to favour any policy.
 */
public final class SyntheticTraceGenerator {
    private static final long GB = 1L << 30;

    private final Mix mix;
    private final int objects;
    private final int days;
    private final long seed;
    private final LocalDate start;
    /** The DORMANT projects of the trace being generated. */
    private List<Project> projects = List.of();
    /** Whether {@link #generate} keeps what {@link #law} needs (off by default: a replay holds no more than it must). */
    private boolean keepLaw;
    /** The objects of the last generated trace by key, and the hot set's rates of each 30-day epoch: {@link #law}. */
    private final Map<String, Obj> byKey = new HashMap<>();
    private final List<double[]> hotEpochs = new ArrayList<>();

    public SyntheticTraceGenerator(Mix mix, int objects, int days, long seed) {
        this(mix, objects, days, seed, LocalDate.of(2026, 1, 1));
    }

    public SyntheticTraceGenerator(Mix mix, int objects, int days, long seed, LocalDate start) {
        if (objects <= 0 || days <= 0) {
            throw new IllegalArgumentException("objects and days must be positive");
        }
        this.mix = mix;
        this.objects = objects;
        this.days = days;
        this.seed = seed;
        this.start = start;
    }

    /** One generated object and the parameters of its behaviour. */
    private static final class Obj {
        final Archetype type;
        String key;
        long size;
        int created;
        int deleted = Integer.MAX_VALUE;
        double rate0;
        double halfLife;
        double floor;
        int group;
        boolean wakes;

        Obj(Archetype type) {
            this.type = type;
        }
    }

    /** A project of DORMANT objects: created together, woken together. */
    private record Project(String name, int created, int wakeDay, int wakeDays, double wakeRate) {
    }

    /** Sends every event, in time order, to {@code sink}. */
    public void generate(Consumer<TraceEvent> sink) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Obj> all = createObjects(rnd);
        all.sort(Comparator.comparingInt(o -> o.created));
        double[] hotRate = hotsetRates(all, rnd);
        byKey.clear();
        hotEpochs.clear();
        if (keepLaw) {
            all.forEach(o -> byKey.put(o.key, o));
            hotEpochs.add(hotRate.clone());
        }
        long startMillis = start.toEpochDay() * TraceEvent.MILLIS_PER_DAY;
        List<Obj> live = new ArrayList<>();
        List<TraceEvent> today = new ArrayList<>();
        int next = 0;
        for (int day = 0; day < days; day++) {
            while (next < all.size() && all.get(next).created == day) {
                live.add(all.get(next++));
            }
            if (day > 0 && day % 30 == 0) {
                drift(hotRate, rnd);
                if (keepLaw) {
                    hotEpochs.add(hotRate.clone());
                }
            }
            long dayMillis = startMillis + day * TraceEvent.MILLIS_PER_DAY;
            today.clear();
            int kept = 0;
            for (Obj o : live) {
                emitDay(o, day, dayMillis, hotRate, rnd, today);
                if (o.deleted > day) {
                    live.set(kept++, o);
                }
            }
            live.subList(kept, live.size()).clear();
            today.sort(Comparator.comparingLong(TraceEvent::epochMillis));
            today.forEach(sink);
        }
    }

    /**
     * The objects {@link #generate} writes, in the order it creates them, without generating a single event: the
     * same arguments give the same keys, archetypes and sizes as the trace's PUTs.
     */
    public List<TraceObject> population() {
        List<Obj> all = createObjects(new SplittableRandom(seed));
        all.sort(Comparator.comparingInt(o -> o.created));
        List<TraceObject> objects = new ArrayList<>(all.size());
        for (Obj o : all) {
            objects.add(new TraceObject(o.key, o.type, o.size, o.created, o.deleted));
        }
        return objects;
    }

    private List<Obj> createObjects(SplittableRandom rnd) {
        List<Obj> out = new ArrayList<>(objects);
        int[] counts = new int[Archetype.values().length];
        int assigned = 0;
        for (Archetype a : Archetype.values()) {
            counts[a.ordinal()] = (int) Math.floor(mix.shares().getOrDefault(a, 0.0) * objects);
            assigned += counts[a.ordinal()];
        }
        for (int i = 0; assigned < objects; i = (i + 1) % counts.length) {
            if (mix.shares().getOrDefault(Archetype.values()[i], 0.0) > 0) {
                counts[i]++;
                assigned++;
            }
        }
        media(counts[Archetype.MEDIA.ordinal()], rnd, out);
        backups(counts[Archetype.BACKUP.ordinal()], rnd, out);
        analytics(counts[Archetype.ANALYTICS.ordinal()], rnd, out);
        hotset(counts[Archetype.HOTSET.ordinal()], rnd, out);
        dormant(counts[Archetype.DORMANT.ordinal()], rnd, out);
        return out;
    }

    private void media(int n, SplittableRandom rnd, List<Obj> out) {
        for (int i = 0; i < n; i++) {
            Obj o = new Obj(Archetype.MEDIA);
            o.created = rnd.nextInt(days);
            double kind = rnd.nextDouble();
            String ext;
            if (kind < 0.7) {
                ext = "jpg";
                o.size = logNormal(rnd, 2.5e6, 0.7);
            } else if (kind < 0.9) {
                ext = "mp4";
                o.size = logNormal(rnd, 60e6, 1.0);
            } else {
                ext = "png";
                o.size = logNormal(rnd, 400e3, 0.9);
            }
            LocalDate d = start.plusDays(o.created);
            o.key = String.format(Locale.ROOT, "media/uploads/%d/%02d/%02d/%016x.%s", d.getYear(), d.getMonthValue(),
                    d.getDayOfMonth(), rnd.nextLong(), ext);
            o.rate0 = logNormal(rnd, 2, 1.3);
            o.halfLife = logNormal(rnd, 4, 0.6);
            o.floor = 0.004 * (0.5 + rnd.nextDouble());
            if (rnd.nextDouble() < 0.04) {
                o.deleted = o.created + 1 + rnd.nextInt(60);
            }
            out.add(o);
        }
    }

    private void backups(int n, SplittableRandom rnd, List<Obj> out) {
        int hosts = Math.max(1, n / 60);
        for (int i = 0; i < n; i++) {
            Obj o = new Obj(Archetype.BACKUP);
            o.created = rnd.nextInt(days);
            LocalDate d = start.plusDays(o.created);
            String host = String.format(Locale.ROOT, "db-%03d", rnd.nextInt(hosts));
            String kind = rnd.nextDouble() < 0.6 ? "pgdump" : "fs";
            o.key = String.format(Locale.ROOT, "backups/%s/%s/%s-%05d.tar.zst", host, d, kind, i);
            o.size = Math.min(200 * GB, logNormal(rnd, 1.5 * GB, 1.0));
            if (d.getDayOfMonth() == 1) {
                o.deleted = Integer.MAX_VALUE;
            } else if (d.getDayOfWeek().getValue() == 7) {
                o.deleted = o.created + 90;
            } else {
                o.deleted = o.created + 35;
            }
            out.add(o);
        }
    }

    private void analytics(int n, SplittableRandom rnd, List<Obj> out) {
        for (int i = 0; i < n; i++) {
            Obj o = new Obj(Archetype.ANALYTICS);
            o.created = rnd.nextInt(days);
            LocalDate d = start.plusDays(o.created);
            double t = rnd.nextDouble();
            String table;
            if (t < 0.5) {
                table = "events";
                o.size = logNormal(rnd, 128e6, 0.4);
                o.deleted = o.created + 180;
            } else if (t < 0.85) {
                table = "sessions";
                o.size = logNormal(rnd, 128e6, 0.4);
            } else {
                table = "daily_aggregates";
                o.size = logNormal(rnd, 8e6, 0.5);
            }
            o.key = String.format(Locale.ROOT, "warehouse/%s/dt=%s/part-%05d.parquet", table, d, i);
            out.add(o);
        }
    }

    private void hotset(int n, SplittableRandom rnd, List<Obj> out) {
        String[] apps = {"web", "shop", "docs", "mobile"};
        String[] exts = {"js", "css", "png", "webp", "woff2", "svg"};
        for (int i = 0; i < n; i++) {
            Obj o = new Obj(Archetype.HOTSET);
            o.created = rnd.nextDouble() < 0.8 ? 0 : rnd.nextInt(days);
            String ext = exts[rnd.nextInt(exts.length)];
            o.key = String.format(Locale.ROOT, "static/%s/assets/%s-%08x.%s", apps[rnd.nextInt(apps.length)],
                    ext.equals("js") || ext.equals("css") ? "bundle" : "img", rnd.nextInt(), ext);
            o.size = Math.max(200, logNormal(rnd, 60e3, 1.3));
            if (rnd.nextDouble() < 0.2) {
                o.deleted = o.created + 1 + rnd.nextInt(days);
            }
            o.group = i;
            out.add(o);
        }
    }

    private void dormant(int n, SplittableRandom rnd, List<Obj> out) {
        int count = Math.max(1, n / 50);
        List<Project> projects = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            int created = rnd.nextInt(Math.max(1, days / 2));
            boolean wakes = rnd.nextDouble() < 0.35 && created + 60 < days;
            int wake = wakes ? created + 60 + rnd.nextInt(days - created - 60) : Integer.MAX_VALUE;
            projects.add(new Project(String.format(Locale.ROOT, "prj-%04d", p), created, wake, 2 + rnd.nextInt(6),
                    1 + 3 * rnd.nextDouble()));
        }
        String[] folders = {"docs", "data", "renders"};
        String[] exts = {"pdf", "csv", "zip", "psd"};
        for (int i = 0; i < n; i++) {
            Obj o = new Obj(Archetype.DORMANT);
            o.group = rnd.nextInt(count);
            Project p = projects.get(o.group);
            o.created = Math.min(days - 1, p.created() + rnd.nextInt(14));
            o.size = logNormal(rnd, 15e6, 1.6);
            o.key = String.format(Locale.ROOT, "projects/%s/%s/file-%05d.%s", p.name(), folders[rnd.nextInt(3)], i,
                    exts[rnd.nextInt(exts.length)]);
            o.rate0 = 1.5;
            o.wakes = rnd.nextDouble() < 0.6;
            out.add(o);
        }
        this.projects = projects;
    }

    /** Zipf(1.0) popularity over the hot set, scaled to 4 reads per object per day on average. */
    private static double[] hotsetRates(List<Obj> all, SplittableRandom rnd) {
        int n = (int) all.stream().filter(o -> o.type == Archetype.HOTSET).count();
        double[] rates = new double[n];
        double norm = 0;
        for (int r = 1; r <= n; r++) {
            norm += 1.0 / r;
        }
        for (int r = 1; r <= n; r++) {
            rates[r - 1] = 4.0 * n / (r * norm);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = rates[i];
            rates[i] = rates[j];
            rates[j] = t;
        }
        return rates;
    }

    /** Popularity drifts: each month a tenth of the hot set swaps ranks with random others. */
    private static void drift(double[] rates, SplittableRandom rnd) {
        for (int k = 0; k < rates.length / 10; k++) {
            int i = rnd.nextInt(rates.length);
            int j = rnd.nextInt(rates.length);
            double t = rates[i];
            rates[i] = rates[j];
            rates[j] = t;
        }
    }

    private void emitDay(Obj o, int day, long dayMillis, double[] hotRate, SplittableRandom rnd, List<TraceEvent> out) {
        int age = day - o.created;
        long from = dayMillis;
        long to = dayMillis + TraceEvent.MILLIS_PER_DAY;
        if (age == 0) {
            from = dayMillis + rnd.nextLong(TraceEvent.MILLIS_PER_DAY / 2);
            out.add(new TraceEvent(from, o.key, Operation.PUT, o.size));
        }
        if (day == o.deleted) {
            to = from + 1 + rnd.nextLong(to - from - 1);
        }
        int reads = 0;
        int heads = 0;
        switch (o.type) {
            case MEDIA -> reads = poisson(rnd, o.rate0 * Math.pow(2, -age / o.halfLife) + o.floor);
            case BACKUP -> {
                heads = age == 1 ? 1 : 0;
                reads = rnd.nextDouble() < (age < 7 ? 0.002 : 0.0002) ? 1 : 0;
            }
            case ANALYTICS -> reads = analyticsReads(day, age, rnd);
            case HOTSET -> reads = poisson(rnd, hotRate[o.group]);
            case DORMANT -> {
                Project p = projects.get(o.group);
                double rate = age < 3 ? o.rate0 : 0.001;
                if (o.wakes && day >= p.wakeDay() && day < p.wakeDay() + p.wakeDays()) {
                    rate += p.wakeRate();
                }
                reads = poisson(rnd, rate);
            }
            default -> throw new IllegalStateException();
        }
        for (int i = 0; i < reads; i++) {
            out.add(new TraceEvent(from + 1 + rnd.nextLong(Math.max(1, to - from - 1)), o.key, Operation.GET, o.size));
        }
        for (int i = 0; i < heads; i++) {
            out.add(new TraceEvent(from + 1 + rnd.nextLong(Math.max(1, to - from - 1)), o.key, Operation.HEAD, o.size));
        }
        if (day == o.deleted) {
            out.add(new TraceEvent(to, o.key, Operation.DELETE, 0));
        }
    }

    /** ETL on the day of writing, the daily job for a week, weekly for four weeks, month-end for a quarter, then ad hoc. */
    private int analyticsReads(int day, int age, SplittableRandom rnd) {
        int reads = poisson(rnd, 0.003);
        LocalDate d = start.plusDays(day);
        if (age == 0) {
            reads += 2;
        } else if (age <= 7) {
            reads += 1;
        }
        if (d.getDayOfWeek().getValue() == 1 && age <= 28) {
            reads += 1;
        }
        if (d.getDayOfMonth() == 1 && age <= 92) {
            reads += 1;
        }
        return reads;
    }

    private static long logNormal(SplittableRandom rnd, double median, double sigma) {
        return Math.max(1, Math.round(median * Math.exp(sigma * gaussian(rnd))));
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static int poisson(SplittableRandom rnd, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(rnd)));
        }
        if (lambda < 1e-3) {
            return rnd.nextDouble() < lambda ? 1 : 0;
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double p = rnd.nextDouble();
        while (p > l) {
            k++;
            p *= rnd.nextDouble();
        }
        return k;
    }

    /**
     * The law this generator draws the last generated trace from, for measuring how much of a policy's gap to the
     * oracle is information no online policy has: an object's expected reads on a day given its own parameters
     * (which no real system knows, but which its history reveals in time) and what an observer of the whole trace
     * knows at the start of that day (a project's wake-up once it has begun, from its files' reads), never the
     * draws still to come. Needs {@link #keepingLaw} before {@link #generate}.
     */
    public Law law() {
        if (!keepLaw) {
            throw new IllegalStateException("the law is only kept by a generator made keepingLaw()");
        }
        return new Law(Map.copyOf(byKey), List.copyOf(hotEpochs));
    }

    /** Makes {@link #generate} keep each object's parameters and the hot set's rates for {@link #law}; returns this. */
    public SyntheticTraceGenerator keepingLaw() {
        keepLaw = true;
        return this;
    }

    /** See {@link #law()}. */
    public final class Law {
        private final Map<String, Obj> objects;
        private final List<double[]> hotEpochs;

        private Law(Map<String, Obj> objects, List<double[]> hotEpochs) {
            this.objects = objects;
            this.hotEpochs = hotEpochs;
        }

        /** The archetype {@code key} was drawn from. */
        public Archetype archetype(String key) {
            return objects.get(key).type;
        }

        /** Whether {@code key} is an object of the generated trace. */
        public boolean knows(String key) {
            return objects.containsKey(key);
        }

        /**
         * Expected data reads of {@code key} on {@code d}, if it is alive then, seen at the start of {@code today}
         * ({@code d >= today}); {@code lastReadDay} is the object's last read before today, -1 if none.
         */
        public double expectedReads(String key, int today, int d, int lastReadDay) {
            Obj o = objects.get(key);
            int age = d - o.created;
            return switch (o.type) {
                case MEDIA -> o.rate0 * Math.pow(2, -age / o.halfLife) + o.floor;
                case BACKUP -> age < 7 ? 0.002 : 0.0002;
                case ANALYTICS -> analyticsRate(d, age);
                case HOTSET -> hotsetRate(o.group, today, d);
                case DORMANT -> (age < 3 ? o.rate0 : 0.001) + wakeRate(o, today, d, lastReadDay);
            };
        }

        /** The chance that {@code key}, alive at the start of {@code today}, is still alive on {@code d}. */
        public double alive(String key, int today, int d) {
            Obj o = objects.get(key);
            return switch (o.type) {
                // 4% of media files and 20% of the hot set are deleted at a uniformly drawn day
                case MEDIA -> survival(o.created, 60, 0.04, today, d);
                case HOTSET -> survival(o.created, days, 0.2, today, d);
                // retention rules, known in advance
                case BACKUP, ANALYTICS -> d < o.deleted ? 1 : 0;
                case DORMANT -> 1;
            };
        }

        private static double survival(int created, int span, double share, int today, int d) {
            double gone = share * Math.min(span, Math.max(0, d - created)) / span;
            double goneBefore = share * Math.min(span, Math.max(0, today - created)) / span;
            return (1 - gone) / (1 - goneBefore);
        }

        private double analyticsRate(int d, int age) {
            LocalDate date = start.plusDays(d);
            double r = 0.003 + (age == 0 ? 2 : age <= 7 ? 1 : 0);
            if (date.getDayOfWeek().getValue() == 1 && age <= 28) {
                r += 1;
            }
            if (date.getDayOfMonth() == 1 && age <= 92) {
                r += 1;
            }
            return r;
        }

        /** Today's rate, drifting towards the mean (4) as a fifth of the set swaps ranks each month. */
        private double hotsetRate(int group, int today, int d) {
            int epoch = Math.min(today / 30, hotEpochs.size() - 1);
            double r = hotEpochs.get(epoch)[group];
            int ahead = d / 30 - today / 30;
            return 4 + (r - 4) * Math.exp(-0.2 * ahead);
        }

        /**
         * A project wakes up at most once: with chance 0.35, on a day drawn uniformly from 60 days after its
         * creation to the end of the trace, for 2–7 days at 1–4 reads a day for the 60% of its files that take part.
         * Once it has begun, the day, length and rate are taken as known; a file's part is known once it is read.
         */
        private double wakeRate(Obj o, int today, int d, int lastReadDay) {
            Project p = projects.get(o.group);
            if (p.wakeDay() < today) {
                if (d >= p.wakeDay() + p.wakeDays()) {
                    return 0;
                }
                double share;
                if (lastReadDay >= p.wakeDay()) {
                    share = 1;
                } else {
                    double missed = Math.exp(-p.wakeRate() * (today - p.wakeDay()));
                    share = 0.6 * missed / (0.6 * missed + 0.4);
                }
                return share * p.wakeRate();
            }
            int first = p.created() + 60;
            if (first >= days) {
                return 0;
            }
            double perDay = 0.35 / (days - first);
            double notYet = 1 - perDay * Math.max(0, today - first);
            int from = Math.max(first, today);
            double covered = 0;
            for (int length = 2; length <= 7; length++) {
                covered += Math.max(0, d - Math.max(from, d - length + 1) + 1) / 6.0;
            }
            return covered * perDay / notYet * 0.6 * 2.5;
        }
    }
}
