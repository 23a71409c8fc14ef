package io.cloudflux.bench.tiering;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.bill.LineItem;
import io.cloudflux.tiering.catalog.PriceCatalog;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.policy.Policy;
import io.cloudflux.tiering.replay.PolicyResult;
import io.cloudflux.tiering.replay.ReplayResult;
import io.cloudflux.tiering.replay.Simulator;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * The quality and speed benchmark of issue 3, without JMH: for each archetype mix it generates a
 * seeded trace, replays it on each provider with every policy and the oracle, and prints costs,
 * ratios, events per second and oracle time. Arguments: {@code [objects] [days] [seed] [mix,...|all] [provider,...]}.
 * {@code -Dcloudflux.bench.atEnd=owed} bills what commitments still owe when the trace ends ({@link #atEnd}).
 */
public final class TieringBench {
    private TieringBench() {
    }

    public static void main(String[] args) {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        List<Mix> mixes = args.length > 3 && !args[3].equals("all")
                ? java.util.Arrays.stream(args[3].split(",")).map(Mix::named).toList() : Mix.standard();
        List<Provider> providers = args.length > 4
                ? java.util.Arrays.stream(args[4].split(",")).map(Provider::of).toList() : List.of(Provider.values());
        PriceCatalog catalog = PriceCatalogLoader.defaults();
        System.out.printf(Locale.ROOT, "objects=%d days=%d seed=%d at-end=%s%n", objects, days, seed, atEndRule());
        for (Mix mix : mixes) {
            long g0 = System.nanoTime();
            CompactTrace trace = new CompactTrace();
            new SyntheticTraceGenerator(mix, objects, days, seed).generate(trace);
            System.out.printf(Locale.ROOT, "%n== mix %s: %d objects, %d events (generated in %.1f s)%n", mix.name(),
                    trace.objects(), trace.events(), (System.nanoTime() - g0) / 1e9);
            for (Provider home : providers) {
                run(trace, new CostModel(catalog, home), home.id());
            }
            if (providers.size() > 1) {
                Set<Provider> allowed = EnumSet.copyOf(providers);
                for (Provider home : providers) {
                    run(trace, new CostModel(catalog, home, allowed), home.id() + " --allow " + allowed.stream()
                            .filter(p -> p != home).map(Provider::id).reduce((a, b) -> a + "," + b).orElse(""));
                }
            }
        }
    }

    /**
     * The end-of-trace rule the benchmarks bill by: {@code free} (the default, nothing is owed when the trace ends) or
     * {@code owed} ({@link Simulator#commitmentsOwedAtEnd}), from the property {@code cloudflux.bench.atEnd}.
     */
    static Simulator atEnd(Simulator sim) {
        return owedAtEnd() ? sim.commitmentsOwedAtEnd() : sim;
    }

    /** Whether the benchmarks bill commitments still owed when the trace ends ({@link #atEndRule} {@code owed}). */
    static boolean owedAtEnd() {
        String rule = atEndRule();
        return switch (rule) {
            case "free" -> false;
            case "owed" -> true;
            default -> throw new IllegalArgumentException("cloudflux.bench.atEnd is free or owed, not " + rule);
        };
    }

    /** The property {@code cloudflux.bench.atEnd}: {@code free} unless set. */
    static String atEndRule() {
        return System.getProperty("cloudflux.bench.atEnd", "free");
    }

    private static void run(CompactTrace trace, CostModel model, String label) {
        List<Policy> online = Policies.online(model);
        Simulator sim = atEnd(new Simulator(model, online, true));
        long t0 = System.nanoTime();
        trace.replay(sim);
        ReplayResult r = sim.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double oracleSeconds = sim.oracleNanos() / 1e9;
        double onlineSeconds = seconds - oracleSeconds;
        double oracle = r.policy(Policies.ORACLE).orElseThrow().totalUsd();
        double hot = r.policy(Policies.ALL_HOT).orElseThrow().totalUsd();
        System.out.printf(Locale.ROOT, "-- %s: %d online policies %.2f s (%.0f events/s for all, %.0f policy-events/s), oracle %.2f s%n",
                label, online.size(), onlineSeconds, r.events() / onlineSeconds, r.events() * online.size() / onlineSeconds,
                oracleSeconds);
        for (PolicyResult p : r.policies()) {
            StringBuilder lines = new StringBuilder();
            for (LineItem item : LineItem.values()) {
                lines.append(String.format(Locale.ROOT, " %s=%.2f", item.key(), p.bill().line(item)));
            }
            System.out.printf(Locale.ROOT, "   %-30s %10.2f USD %6.1f%% vs all-hot %6.3f x oracle %8d transitions |%s%n", p.name(),
                    p.totalUsd(), 100 * (1 - p.totalUsd() / hot), p.totalUsd() / oracle, p.bill().transitions(), lines);
        }
    }
}
