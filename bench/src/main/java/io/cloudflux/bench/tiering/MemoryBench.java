package io.cloudflux.bench.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.policy.Policy;
import io.cloudflux.tiering.replay.Simulator;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * Shows that replay memory follows live objects, not trace length: streams a generated trace
 * (never stored) through every AWS policy and the oracle, and every {@code step} events prints the
 * events so far, the live objects and the heap in use after a full GC.
 * Arguments: {@code [mix] [objects] [days] [step]}.
 */
public final class MemoryBench {
    private MemoryBench() {
    }

    public static void main(String[] args) {
        Mix mix = Mix.named(args.length > 0 ? args[0] : "backup-only");
        int objects = args.length > 1 ? Integer.parseInt(args[1]) : 60_000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 1095;
        long step = args.length > 3 ? Long.parseLong(args[3]) : 20_000;
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        List<Policy> online = new ArrayList<>();
        for (String name : List.of(Policies.ALL_HOT, Policies.S3_INTELLIGENT_TIERING, Policies.LIFECYCLE_AGE, Policies.CLOUDFLUX)) {
            online.add(Policies.create(name, model));
        }
        Simulator sim = new Simulator(model, online, true);
        long[] events = {0};
        System.out.printf(Locale.ROOT, "mix=%s objects=%d days=%d%n%12s %12s %10s%n", mix.name(), objects, days, "events",
                "live objects", "heap MB");
        new SyntheticTraceGenerator(mix, objects, days, 42).generate(e -> {
            sim.accept(e);
            if (++events[0] % step == 0) {
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "%12d %12d %10.1f%n", events[0], sim.liveObjects(),
                        (rt.totalMemory() - rt.freeMemory()) / 1e6);
            }
        });
        sim.finish();
    }
}
