package io.cloudflux.bench.tiering;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Forecast;
import io.cloudflux.tiering.policy.Forecaster;
import io.cloudflux.tiering.policy.ObjectView;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.policy.StatisticalForecaster;
import io.cloudflux.tiering.replay.Simulator;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * How far cloudflux's own forecast is from the generator's law ({@link SyntheticTraceGenerator#law()}), where its
 * decisions are taken: cloudflux replays the trace as usual, and at every forecast it asks for, the expected reads
 * over 7, 30 and 365 days are set beside the law's. Sums are weighted by the object's size in GB (a read's price
 * grows with it), by archetype, age and days since the last access, so that a bias shows where the money is.
 * Arguments: {@code [objects] [days] [seed] [mix] [provider] [from] [to]}: reviews on days {@code from} to {@code to} − 1
 * only (the whole trace by default; the first weeks are the cold start).
 */
public final class ForecastCheck {
    private static final int[] HORIZONS = {7, 30, 365};
    private static final int[] AGE_EDGES = {3, 7, 30, 90};
    private static final int[] IDLE_EDGES = {1, 2, 7, 30, 90};

    private ForecastCheck() {
    }

    public static void main(String[] args) {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Mix mix = Mix.named(args.length > 3 ? args[3] : "balanced");
        Provider provider = Provider.of(args.length > 4 ? args[4] : "aws");
        int from = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        int to = args.length > 6 ? Integer.parseInt(args[6]) : days;
        CompactTrace trace = new CompactTrace();
        SyntheticTraceGenerator generator = new SyntheticTraceGenerator(mix, objects, days, seed).keepingLaw();
        generator.generate(trace);
        Checked checked = new Checked(new StatisticalForecaster(), new LawForecaster(generator.law()), generator.law(), from, to);
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), provider);
        Simulator sim = new Simulator(model, List.of(Policies.create(Policies.CLOUDFLUX, model, checked)), false);
        trace.replay(sim);
        sim.finish();
        System.out.printf(Locale.ROOT, "%s on %s, %d objects, seed %d: cloudflux's forecast against the law at its reviews on days %d-%d%n",
                mix.name(), provider.id(), objects, seed, from, to - 1);
        System.out.printf(Locale.ROOT, "%-9s %-6s %-6s %8s %9s | %s%n", "archetype", "age", "idle", "reviews", "GB",
                "law / forecast, GB-weighted expected reads over 7, 30, 365 days (forecast ÷ law)");
        checked.cells.forEach((k, c) -> {
            StringBuilder b = new StringBuilder();
            for (int h = 0; h < HORIZONS.length; h++) {
                b.append(String.format(Locale.ROOT, "  %9.1f / %9.1f (%5.2f)", c.law[h], c.own[h], c.own[h] / c.law[h]));
            }
            System.out.printf(Locale.ROOT, "%-23s %8d %9.0f |%s%n", k, c.n, c.gb, b);
        });
    }

    private static String bucket(int v, int[] edges) {
        int lo = 0;
        for (int e : edges) {
            if (v < e) {
                return lo + (e - 1 == lo ? "" : "-" + (e - 1));
            }
            lo = e;
        }
        return lo + "+";
    }

    private static final class Cell {
        long n;
        double gb;
        final double[] own = new double[HORIZONS.length];
        final double[] law = new double[HORIZONS.length];
    }

    /** cloudflux's forecaster, with the law consulted beside it at every forecast. */
    private static final class Checked implements Forecaster {
        private final Forecaster own;
        private final Forecaster law;
        private final SyntheticTraceGenerator.Law truth;
        final Map<String, Cell> cells = new TreeMap<>();

        private final int from;
        private final int to;

        Checked(Forecaster own, Forecaster law, SyntheticTraceGenerator.Law truth, int from, int to) {
            this.from = from;
            this.to = to;
            this.own = own;
            this.law = law;
            this.truth = truth;
        }

        private record Both(Object own, Object law) {
        }

        @Override
        public Object track(ObjectView o, int day) {
            return new Both(own.track(o, day), law.track(o, day));
        }

        @Override
        public void observeRead(Object state, ObjectView o, int day, int count) {
            own.observeRead(((Both) state).own(), o, day, count);
        }

        @Override
        public void observeEnd(Object state, ObjectView o, int lastDay, boolean deleted) {
            own.observeEnd(((Both) state).own(), o, lastDay, deleted);
        }

        @Override
        public Forecast forecast(Object state, ObjectView o, int day) {
            Both b = (Both) state;
            Forecast f = own.forecast(b.own(), o, day);
            if (day < from || day >= to) {
                return f;
            }
            Forecast l = law.forecast(b.law(), o, day);
            String key = String.format(Locale.ROOT, "%-9s %-6s %-6s", truth.archetype(o.key()).name().toLowerCase(Locale.ROOT),
                    bucket(day - o.putDay(), AGE_EDGES), bucket(day - o.lastAccessDay(), IDLE_EDGES));
            Cell c = cells.computeIfAbsent(key, k -> new Cell());
            double gb = o.sizeBytes() / 1e9;
            c.n++;
            c.gb += gb;
            for (int h = 0; h < HORIZONS.length; h++) {
                c.own[h] += gb * f.expectedReads(HORIZONS[h]);
                c.law[h] += gb * l.expectedReads(HORIZONS[h]);
            }
            return f;
        }
    }
}
