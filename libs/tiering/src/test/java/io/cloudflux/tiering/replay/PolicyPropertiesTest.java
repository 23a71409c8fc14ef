package io.cloudflux.tiering.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.bill.LineItem;
import io.cloudflux.tiering.catalog.PriceCatalog;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.policy.Policy;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.Operation;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;
import io.cloudflux.tiering.trace.TraceEvent;

/** Properties over random traces: the oracle is a lower bound, nothing costs less than zero, reads cost money. */
class PolicyPropertiesTest {
    private static final PriceCatalog CATALOG = PriceCatalogLoader.defaults();

    private static ReplayResult replay(List<TraceEvent> trace, CostModel model) {
        Simulator sim = new Simulator(model, Policies.online(model), true);
        trace.forEach(sim);
        return sim.finish();
    }

    private static ReplayResult replayOwingAtEnd(List<TraceEvent> trace, CostModel model) {
        Simulator sim = new Simulator(model, Policies.online(model), true).commitmentsOwedAtEnd();
        trace.forEach(sim);
        return sim.finish();
    }

    /** Uniformly random lives: any size (tiny ones too), reads on random days, some deleted, some overwritten. */
    private static List<TraceEvent> randomTrace(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<TraceEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "k/" + i + (rnd.nextBoolean() ? ".bin" : ".log");
            long size = rnd.nextBoolean() ? 1 + rnd.nextInt(200_000) : (long) (rnd.nextDouble() * (8L << 30));
            int put = rnd.nextInt(150);
            int end = put + rnd.nextInt(250);
            double rate = Math.pow(10, -3 + 4 * rnd.nextDouble());
            events.add(event(put, 0, key, Operation.PUT, size));
            for (int d = put; d <= Math.min(end, 399); d++) {
                int reads = rnd.nextDouble() < Math.min(1, rate) ? 1 + (int) (rate * rnd.nextDouble()) : 0;
                for (int r = 0; r < reads; r++) {
                    events.add(event(d, 1 + r, key, rnd.nextInt(5) == 0 ? Operation.HEAD : Operation.GET, size));
                }
            }
            if (end < 400 && rnd.nextBoolean()) {
                events.add(event(end, 9_999, key, rnd.nextInt(4) == 0 ? Operation.PUT : Operation.DELETE, size));
            }
        }
        events.sort(java.util.Comparator.comparingLong(TraceEvent::epochMillis));
        return events;
    }

    private static TraceEvent event(int day, int ms, String key, Operation op, long size) {
        return new TraceEvent(day * TraceEvent.MILLIS_PER_DAY + ms, key, op, size);
    }

    private static List<TraceEvent> synthetic(long seed) {
        List<TraceEvent> out = new ArrayList<>();
        new SyntheticTraceGenerator(Mix.BALANCED, 120, 200, seed).generate(out::add);
        return out;
    }

    @Test
    void shouldNeverFindAPolicyCheaperThanTheOracle() {
        for (long seed = 1; seed <= 3; seed++) {
            for (List<TraceEvent> trace : List.of(randomTrace(seed), synthetic(seed))) {
                for (Provider home : Provider.values()) {
                    assertOracleIsLowerBound(replay(trace, new CostModel(CATALOG, home)));
                }
                assertOracleIsLowerBound(replay(trace, new CostModel(CATALOG, Provider.GCP, EnumSet.allOf(Provider.class))));
            }
        }
    }

    @Test
    void shouldKeepTheOracleALowerBoundWhenCommitmentsAreOwedAtTheEnd() {
        for (long seed = 1; seed <= 3; seed++) {
            for (List<TraceEvent> trace : List.of(randomTrace(seed), synthetic(seed))) {
                for (Provider home : Provider.values()) {
                    CostModel model = new CostModel(CATALOG, home);
                    ReplayResult free = replay(trace, model);
                    ReplayResult owed = replayOwingAtEnd(trace, model);

                    assertOracleIsLowerBound(owed);
                    // owing what is left of each commitment adds early deletion and nothing else, to every policy
                    for (int i = 0; i < owed.policies().size(); i++) {
                        PolicyResult o = owed.policies().get(i);
                        PolicyResult f = free.policies().get(i);
                        assertThat(o.bill().line(LineItem.EARLY_DELETION)).as("%s %s", o.name(), home)
                                .isGreaterThanOrEqualTo(f.bill().line(LineItem.EARLY_DELETION) * (1 - 1e-12));
                        if (!o.name().equals(Policies.ORACLE)) {
                            assertThat(o.totalUsd() - o.bill().line(LineItem.EARLY_DELETION)).as("%s %s", o.name(), home)
                                    .isCloseTo(f.totalUsd() - f.bill().line(LineItem.EARLY_DELETION), within(1e-9));
                        }
                    }
                }
            }
        }
    }

    private static void assertOracleIsLowerBound(ReplayResult r) {
        double oracle = r.policy(Policies.ORACLE).orElseThrow().totalUsd();
        for (PolicyResult p : r.policies()) {
            assertThat(oracle).as("oracle vs %s on %s", p.name(), r.provider()).isLessThanOrEqualTo(p.totalUsd() * (1 + 1e-12));
            for (LineItem item : LineItem.values()) {
                assertThat(p.bill().line(item)).as("%s %s", p.name(), item).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void shouldSplitEveryBillBySegmentWithoutLosingOrAddingACent() {
        for (long seed = 1; seed <= 3; seed++) {
            List<TraceEvent> trace = randomTrace(seed);
            CostModel model = new CostModel(CATALOG, Provider.AWS);
            Simulator whole = new Simulator(model, Policies.online(model), true);
            trace.forEach(whole);
            ReplayResult unsplit = whole.finish();
            Simulator split = new Simulator(model, Policies.online(model), true)
                    .segmentedBy(key -> key.substring(key.lastIndexOf('.') + 1));
            trace.forEach(split);
            ReplayResult result = split.finish();

            assertThat(split.segments()).containsOnlyKeys("bin", "log");
            for (int i = 0; i < result.policies().size(); i++) {
                PolicyResult p = result.policies().get(i);
                assertThat(p.totalUsd()).as(p.name()).isCloseTo(unsplit.policies().get(i).totalUsd(), within(1e-9));
                int at = i;
                for (LineItem item : LineItem.values()) {
                    double parts = split.segments().values().stream().mapToDouble(r -> r.get(at).bill().line(item)).sum();
                    assertThat(parts).as("%s %s seed %d", p.name(), item, seed).isCloseTo(p.bill().line(item), within(1e-9));
                }
                long moves = split.segments().values().stream().mapToLong(r -> r.get(at).bill().transitions()).sum();
                assertThat(moves).isEqualTo(p.bill().transitions());
                assertThat(split.segments().get("bin").get(i).name()).isEqualTo(p.name());
            }
        }
    }

    @Test
    void shouldNeverMakeAllHotCheaperWithMoreReads() {
        for (long seed = 1; seed <= 5; seed++) {
            List<TraceEvent> base = randomTrace(seed);
            SplittableRandom rnd = new SplittableRandom(seed);
            List<TraceEvent> more = new ArrayList<>();
            for (TraceEvent e : base) {
                more.add(e);
                if (e.operation() == Operation.GET && rnd.nextInt(3) == 0) {
                    more.add(e);
                }
            }
            for (Provider home : Provider.values()) {
                CostModel model = new CostModel(CATALOG, home);
                double before = allHot(base, model);
                double after = allHot(more, model);
                assertThat(after).as("%s seed %d", home, seed).isGreaterThan(before);
            }
        }
    }

    private static double allHot(List<TraceEvent> trace, CostModel model) {
        Simulator sim = new Simulator(model, List.of(Policies.create(Policies.ALL_HOT, model)), false);
        trace.forEach(sim);
        return sim.finish().policies().get(0).totalUsd();
    }
}
