package io.cloudflux.bench.tiering;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.bill.LineItem;
import io.cloudflux.tiering.catalog.PriceCatalog;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.replay.PolicyResult;
import io.cloudflux.tiering.replay.ReplayResult;
import io.cloudflux.tiering.replay.Simulator;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * Where {@code cloudflux} loses to the oracle: replays each mix on each provider (single cloud) with
 * only those two and prints both bills line by line, the ratio, and the sums over all cells.
 * Arguments: {@code [objects] [days] [seed] [mix,...|all|archetypes] [provider,...] [law]}; {@code archetypes}
 * runs each archetype alone ({@code media-only}, …), which splits a mix's gap by workload; {@code law} gives
 * cloudflux the generator's true law as its forecast ({@link LawForecaster}).
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
        // "law": cloudflux's rule on the generator's true law instead of its own forecaster (LawForecaster), and the
        // plan of least expected cost under that law (LawPlanPolicy)
        boolean law = args.length > 5 && args[5].equals("law");
        boolean mpc = args.length > 5 && args[5].equals("mpc");
        // "law:media,hotset": cloudflux with the law's forecast for those archetypes only, its own for the rest
        java.util.Set<io.cloudflux.tiering.trace.Archetype> lawFor = args.length > 5 && args[5].startsWith("law:")
                ? Arrays.stream(args[5].substring(4).split(",")).map(a -> io.cloudflux.tiering.trace.Archetype.valueOf(
                        a.toUpperCase(Locale.ROOT))).collect(java.util.stream.Collectors.toCollection(
                                () -> java.util.EnumSet.noneOf(io.cloudflux.tiering.trace.Archetype.class)))
                : null;
        PriceCatalog catalog = PriceCatalogLoader.defaults();
        double sumCloudflux = 0;
        double sumOracle = 0;
        System.out.printf(Locale.ROOT, "objects=%d days=%d seed=%d%n", objects, days, seed);
        for (Mix mix : mixes) {
            CompactTrace trace = new CompactTrace();
            SyntheticTraceGenerator generator = new SyntheticTraceGenerator(mix, objects, days, seed).keepingLaw();
            generator.generate(trace);
            for (Provider provider : providers) {
                CostModel model = new CostModel(catalog, provider);
                Simulator sim = new Simulator(model, law
                        ? List.of(Policies.create(Policies.CLOUDFLUX, model, new LawForecaster(generator.law())),
                                new LawPlanPolicy(model, generator.law(), days),
                                new MpcPolicy("mpc-law", model, new LawForecaster(generator.law())))
                        : lawFor != null ? List.of(Policies.create(Policies.CLOUDFLUX, model, new LawForecaster(
                                generator.law(), lawFor, new io.cloudflux.tiering.policy.StatisticalForecaster())))
                        : mpc ? List.of(Policies.create(Policies.CLOUDFLUX, model),
                                new MpcPolicy("mpc", model, new io.cloudflux.tiering.policy.StatisticalForecaster()))
                        : List.of(Policies.create(Policies.CLOUDFLUX, model)), true);
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
                r.policies().stream().filter(l -> !l.name().equals(Policies.CLOUDFLUX) && !l.name().equals(Policies.ORACLE)).forEach(l -> System.out.printf(Locale.ROOT, "%-18s %-5s %-9s %9.2f oracle %9.2f ratio %6.3f%n",
                        mix.name(), provider.id(), l.name(), l.totalUsd(), o.totalUsd(), l.totalUsd() / o.totalUsd()));
                r.policies().stream().filter(l -> !l.name().equals(Policies.CLOUDFLUX) && !l.name().equals(Policies.ORACLE))
                        .forEach(l -> System.out.println("      " + lines(l) + "  transitions " + l.bill().transitions()));
            }
        }
        System.out.printf(Locale.ROOT, "TOTAL cloudflux %.2f oracle %.2f ratio %.4f%n", sumCloudflux, sumOracle, sumCloudflux / sumOracle);
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
