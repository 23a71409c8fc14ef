package io.cloudflux.bench.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.oracle.DailyAccesses;
import io.cloudflux.tiering.oracle.Oracle;
import io.cloudflux.tiering.oracle.Plan;
import io.cloudflux.tiering.policy.Decision;
import io.cloudflux.tiering.policy.Explaining;
import io.cloudflux.tiering.policy.ObjectView;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.policy.Policy;
import io.cloudflux.tiering.policy.StatisticalForecaster;
import io.cloudflux.tiering.replay.Simulator;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * What one online policy did to a sample of objects, object by object: where it wrote each one, every read
 * day (with its count), every move with its day, and how the life ended. It is how a gap to the oracle is
 * traced to a behaviour (an object moved up without a read, an archive paying every read of a wake-up).
 * Arguments: {@code [objects] [days] [seed] [mix] [provider] [every] [policy] [key]}: a deterministic sample of
 * about one object in {@code every}, by key hash; with a {@code key} (and a policy that can explain itself, as
 * {@code cloudflux} does), also every review of that object with the forecast and each option priced. The policy
 * {@code oracle} prints the offline optimum's plan for the same sample, in the same form (moves the oracle makes at
 * the start of a day are shown before that day's reads).
 */
public final class DecisionLog {
    private DecisionLog() {
    }

    public static void main(String[] args) {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Mix mix = Mix.named(args.length > 3 ? args[3] : "dormant-only");
        Provider provider = Provider.of(args.length > 4 ? args[4] : "aws");
        int every = args.length > 5 ? Integer.parseInt(args[5]) : 100;
        String name = args.length > 6 ? args[6] : Policies.CLOUDFLUX;
        String explain = args.length > 7 ? args[7] : null;
        CompactTrace trace = new CompactTrace();
        SyntheticTraceGenerator generator = new SyntheticTraceGenerator(mix, objects, days, seed);
        boolean lawPolicy = name.equals("mpc-law") || name.equals("law-plan") || name.equals("cloudflux-law");
        if (lawPolicy) {
            generator.keepingLaw();
        }
        generator.generate(trace);
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), provider);
        boolean oracle = name.equals(Policies.ORACLE);
        Policy policy = switch (name) {
            case "mpc-law" -> new MpcPolicy(name, model, new LawForecaster(generator.law()));
            case "mpc" -> new MpcPolicy(name, model, new StatisticalForecaster());
            case "law-plan" -> new LawPlanPolicy(model, generator.law(), days);
            case "cloudflux-law" -> Policies.create(Policies.CLOUDFLUX, model, new LawForecaster(generator.law()));
            case Policies.ORACLE -> Policies.create(Policies.ALL_HOT, model);
            default -> Policies.create(name, model);
        };
        Logged logged = new Logged(policy, model, every, explain, oracle ? new Oracle(model) : null,
                TieringBench.owedAtEnd());
        Simulator sim = TieringBench.atEnd(new Simulator(model, List.of(logged), false));
        trace.replay(sim);
        sim.finish();
        System.out.printf(Locale.ROOT, "%s on %s, %s, %d objects, seed %d, one object in %d%n", name, provider.id(),
                mix.name(), objects, seed, every);
        logged.lines.forEach((key, line) -> System.out.println(key + ":" + line));
        if (explain != null) {
            System.out.println();
            System.out.println(logged.explained.isEmpty() ? "no review of " + explain + " to explain"
                    : "reviews of " + explain + ":");
            logged.explained.forEach(System.out::print);
        }
    }

    /** The policy itself, with a line per sampled object of what it decided and saw. */
    static final class Logged implements Policy {
        final Map<String, StringBuilder> lines = new TreeMap<>();
        private final Policy inner;
        private final CostModel model;
        private final int every;
        private final String explain;
        final List<Decision> explained = new ArrayList<>();
        /** With an oracle, the inner policy only drives the replay: the lines are the oracle's plans. */
        private final Oracle oracle;
        private final Map<String, DailyAccesses> reads = new TreeMap<>();
        /** Whether objects alive at the end owe the rest of their commitments ({@code cloudflux.bench.atEnd}). */
        private final boolean owed;

        Logged(Policy inner, CostModel model, int every, String explain, Oracle oracle, boolean owed) {
            this.inner = inner;
            this.model = model;
            this.every = every;
            this.explain = explain;
            this.oracle = oracle;
            this.owed = owed;
        }

        /** The oracle's plan for one sampled object, as a line: its placements with their days and its read days. */
        private void planned(ObjectView o, StringBuilder line, int lastDay, boolean deleted) {
            DailyAccesses accesses = reads.remove(o.key());
            Plan plan = oracle.solve(o.sizeBytes(), o.putDay(), lastDay, deleted || owed, accesses);
            int[] days = plan.days();
            int[] placements = plan.placements();
            line.append(" put@").append(o.putDay()).append("->").append(model.placement(placements[0]).id());
            int k = 1;
            for (int i = 0; i < accesses.size(); i++) {
                for (; k < days.length && days[k] <= accesses.day(i); k++) {
                    line.append(" @").append(days[k]).append("->").append(model.placement(placements[k]).id());
                }
                if (accesses.reads(i) > 0) {
                    line.append(" r").append(accesses.day(i)).append('x').append(accesses.reads(i));
                }
            }
            for (; k < days.length; k++) {
                line.append(" @").append(days[k]).append("->").append(model.placement(placements[k]).id());
            }
        }

        private StringBuilder line(ObjectView o) {
            if (Math.floorMod(o.key().hashCode(), every) != 0) {
                return null;
            }
            return lines.computeIfAbsent(String.format(Locale.ROOT, "%s (%.1f MB)", o.key(), o.sizeBytes() / 1e6),
                    k -> new StringBuilder());
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public int place(ObjectView o, int day) {
            int placement = inner.place(o, day);
            StringBuilder line = line(o);
            if (line != null && oracle != null) {
                reads.put(o.key(), new DailyAccesses());
            } else if (line != null) {
                line.append(" put@").append(day).append("->").append(model.placement(placement).id());
            }
            return placement;
        }

        @Override
        public int onRead(ObjectView o, int day, int count) {
            int placement = inner.onRead(o, day, count);
            StringBuilder line = line(o);
            if (line != null && oracle != null) {
                reads.get(o.key()).read(day, count);
            } else if (line != null) {
                // reads of one day arrive together: "r228x5" rather than five "r228x1"
                String today = " r" + day + "x";
                int at = line.lastIndexOf(today);
                if (at >= 0 && line.indexOf(" ", at + 1) < 0) {
                    int before = Integer.parseInt(line.substring(at + today.length()));
                    line.setLength(at + today.length());
                    line.append(before + count);
                } else {
                    line.append(today).append(count);
                }
                if (placement != o.placement()) {
                    line.append(" @").append(day + 1).append("->").append(model.placement(placement).id());
                }
            }
            return placement;
        }

        @Override
        public int review(ObjectView o, int day) {
            if (o.key().equals(explain) && inner instanceof Explaining e) {
                // the same review with its numbers (a second review on the same day changes nothing more)
                explained.add(e.explain(o, day));
            }
            int placement = inner.review(o, day);
            StringBuilder line = line(o);
            if (line != null && placement != o.placement()) {
                line.append(" @").append(day).append("->").append(model.placement(placement).id());
            }
            return placement;
        }

        @Override
        public int nextReview(ObjectView o, int day) {
            return inner.nextReview(o, day);
        }

        @Override
        public void onEnd(ObjectView o, int lastDay, boolean deleted) {
            inner.onEnd(o, lastDay, deleted);
            StringBuilder line = line(o);
            if (line != null) {
                if (oracle != null) {
                    planned(o, line, lastDay, deleted);
                }
                line.append(deleted ? " deleted@" + lastDay : " alive at the end");
            }
        }
    }
}
