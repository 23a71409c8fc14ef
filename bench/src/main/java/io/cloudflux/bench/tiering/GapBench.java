package io.cloudflux.bench.tiering;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.bill.LineItem;
import io.cloudflux.tiering.catalog.PriceCatalog;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.policy.Policy;
import io.cloudflux.tiering.policy.StatisticalForecaster;
import io.cloudflux.tiering.replay.PolicyResult;
import io.cloudflux.tiering.replay.ReplayResult;
import io.cloudflux.tiering.replay.Simulator;
import io.cloudflux.tiering.trace.Archetype;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * Where {@code cloudflux} loses to the oracle: replays each mix on each provider (single cloud) with
 * only those two and prints both bills line by line, the ratio, and the sums over all cells.
 * Arguments: {@code [objects] [days] [seed] [mix,...|all|archetypes] [provider,...] [mode] [archetype]}; {@code archetypes}
 * runs each archetype alone ({@code media-only}, …); a mode adds the experiments that say what is reachable (see
 * {@link #policies}, {@code none} for none). Each cell's bills are also split by the archetype each object was drawn
 * from (cloudflux's and the oracle's, and how far apart), summed over the cells at the end; the last argument prints
 * one archetype's two bills line by line and placement by placement. The other policies a mode adds are split by
 * archetype too. {@code -Dcloudflux.bench.atEnd=owed} bills what commitments still owe when the trace ends
 * ({@link TieringBench#atEnd}).
 */
public final class GapBench {
    private GapBench() {
    }

    public static void main(String[] args) {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        String which = args.length > 3 ? args[3] : "archetypes";
        List<Mix> mixes = switch (which) {
            case "all" -> Mix.standard();
            case "archetypes" -> Arrays.stream(new String[] {"media", "backup", "analytics", "hotset", "dormant"})
                    .map(a -> Mix.named(a + "-only")).toList();
            default -> Arrays.stream(which.split(",")).map(Mix::named).toList();
        };
        List<Provider> providers = args.length > 4
                ? Arrays.stream(args[4].split(",")).map(Provider::of).toList() : List.of(Provider.values());
        String mode = args.length > 5 ? args[5] : "";
        String detail = args.length > 6 ? args[6].toLowerCase(Locale.ROOT) : "";
        PriceCatalog catalog = PriceCatalogLoader.defaults();
        double sumCloudflux = 0;
        double sumOracle = 0;
        Map<String, Double> excess = new TreeMap<>();
        System.out.printf(Locale.ROOT, "objects=%d days=%d seed=%d at-end=%s%n", objects, days, seed,
                TieringBench.atEndRule());
        for (Mix mix : mixes) {
            CompactTrace trace = new CompactTrace();
            SyntheticTraceGenerator generator = new SyntheticTraceGenerator(mix, objects, days, seed);
            generator.keepingLaw();
            generator.generate(trace);
            SyntheticTraceGenerator.Law law = generator.law();
            for (Provider provider : providers) {
                CostModel model = new CostModel(catalog, provider);
                Simulator sim = TieringBench.atEnd(new Simulator(model, policies(mode, model, law, days), true)
                        .segmentedBy(key -> law.archetype(key).name().toLowerCase(Locale.ROOT)));
                trace.replay(sim);
                ReplayResult r = sim.finish();
                PolicyResult c = r.policy(Policies.CLOUDFLUX).orElseThrow();
                PolicyResult o = r.policy(Policies.ORACLE).orElseThrow();
                sumCloudflux += c.totalUsd();
                sumOracle += o.totalUsd();
                System.out.printf(Locale.ROOT, "%-18s %-5s cloudflux %9.2f oracle %9.2f ratio %6.3f%n", mix.name(), provider.id(),
                        c.totalUsd(), o.totalUsd(), c.totalUsd() / o.totalUsd());
                System.out.println("      " + lines(c) + "  transitions " + c.bill().transitions());
                System.out.println("      " + lines(o) + "  transitions " + o.bill().transitions());
                StringBuilder parts = new StringBuilder("      by archetype:");
                sim.segments().forEach((archetype, results) -> {
                    double cf = cloudflux(results).totalUsd();
                    double or = results.get(results.size() - 1).totalUsd();
                    parts.append(String.format(Locale.ROOT, " %s %.2f/%.2f (%+.2f)", archetype, cf, or, cf - or));
                    excess.merge(archetype, cf - or, Double::sum);
                });
                System.out.println(parts);
                if (sim.segments().containsKey(detail)) {
                    List<PolicyResult> results = sim.segments().get(detail);
                    System.out.println("      " + detail + " cloudflux " + lines(cloudflux(results)));
                    System.out.println("      " + detail + " oracle    " + lines(results.get(results.size() - 1)));
                }
                for (PolicyResult l : r.policies()) {
                    if (!l.name().equals(Policies.CLOUDFLUX) && !l.name().equals(Policies.ORACLE)) {
                        System.out.printf(Locale.ROOT, "%-18s %-5s %-9s %9.2f oracle %9.2f ratio %6.3f%n", mix.name(),
                                provider.id(), l.name(), l.totalUsd(), o.totalUsd(), l.totalUsd() / o.totalUsd());
                        System.out.println("      " + lines(l) + "  transitions " + l.bill().transitions());
                        StringBuilder split = new StringBuilder("      by archetype:");
                        sim.segments().forEach((archetype, results) -> {
                            double mine = results.stream().filter(p -> p.name().equals(l.name())).findFirst()
                                    .orElseThrow().totalUsd();
                            double or = results.get(results.size() - 1).totalUsd();
                            split.append(String.format(Locale.ROOT, " %s %.2f/%.2f (%+.2f)", archetype, mine, or, mine - or));
                        });
                        System.out.println(split);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "TOTAL cloudflux %.2f oracle %.2f ratio %.4f%n", sumCloudflux, sumOracle, sumCloudflux / sumOracle);
        StringBuilder parts = new StringBuilder("TOTAL above the oracle by archetype:");
        excess.forEach((archetype, usd) -> parts.append(String.format(Locale.ROOT, " %s %.2f", archetype, usd)));
        System.out.println(parts);
    }

    /**
     * What one cell replays besides the oracle. MODE: none, cloudflux alone; {@code law}, cloudflux on the generator's
     * true law ({@link LawForecaster}), the plan of least expected cost under it ({@link LawPlanPolicy}) and the same
     * re-planned as reads come ({@link MpcPolicy}); {@code law:media,hotset}, cloudflux with the law's forecast for
     * those archetypes only and its own for the rest; {@code mpc}, cloudflux and {@link MpcPolicy} on cloudflux's own
     * forecaster.
     */
    private static List<Policy> policies(String mode, CostModel model, SyntheticTraceGenerator.Law law, int days) {
        if (mode.equals("law")) {
            return List.of(Policies.create(Policies.CLOUDFLUX, model, new LawForecaster(law)),
                    new LawPlanPolicy(model, law, days), new MpcPolicy("mpc-law", model, new LawForecaster(law)));
        }
        if (mode.startsWith("law:")) {
            Set<Archetype> known = EnumSet.noneOf(Archetype.class);
            for (String a : mode.substring(4).split(",")) {
                known.add(Archetype.valueOf(a.toUpperCase(Locale.ROOT)));
            }
            return List.of(Policies.create(Policies.CLOUDFLUX, model,
                    new LawForecaster(law, known, new StatisticalForecaster())));
        }
        if (mode.equals("mpc")) {
            return List.of(Policies.create(Policies.CLOUDFLUX, model), new MpcPolicy("mpc", model, new StatisticalForecaster()));
        }
        if (!mode.isEmpty() && !mode.equals("none")) {
            throw new IllegalArgumentException("unknown mode " + mode + " (law, law:ARCHETYPE,…, mpc)");
        }
        return List.of(Policies.create(Policies.CLOUDFLUX, model));
    }

    /** Cloudflux's part of one segment's results (the oracle's is last). */
    private static PolicyResult cloudflux(List<PolicyResult> results) {
        return results.stream().filter(p -> p.name().equals(Policies.CLOUDFLUX)).findFirst().orElseThrow();
    }

    private static String lines(PolicyResult p) {
        StringBuilder s = new StringBuilder();
        for (LineItem item : LineItem.values()) {
            s.append(String.format(Locale.ROOT, "%s=%.2f ", item.key(), p.bill().line(item)));
        }
        p.bill().byPlacement().forEach((where, items) -> {
            s.append(String.format(Locale.ROOT, "%n         %-30s", where.id()));
            items.forEach((item, usd) -> {
                if (usd >= 0.005) {
                    s.append(String.format(Locale.ROOT, " %s=%.2f", item.key(), usd));
                }
            });
        });
        return s.toString();
    }
}
