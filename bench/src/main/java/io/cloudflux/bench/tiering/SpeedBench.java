package io.cloudflux.bench.tiering;

import java.util.List;
import java.util.Locale;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.replay.Simulator;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * Events per second of each online policy alone, on one thread: the trace is generated once into
 * memory, then replayed {@code rounds} times per policy (the first rounds warm the JIT up; the
 * best round is reported). Both wall-clock time and this thread's CPU time are printed: on a shared
 * machine the wall clock also counts the time other processes held the core, while CPU time is what
 * "on one core" means, and each round's CPU time after it. Arguments: {@code [mix] [objects] [rounds] [provider]
 * [policy,...]} (all online policies and the oracle by default).
 */
public final class SpeedBench {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private SpeedBench() {
    }

    public static void main(String[] args) {
        Mix mix = Mix.named(args.length > 0 ? args[0] : "balanced");
        int objects = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Provider home = Provider.of(args.length > 3 ? args[3] : "aws");
        java.util.Set<String> only = args.length > 4 ? java.util.Set.of(args[4].split(",")) : java.util.Set.copyOf(Policies.NAMES);
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), home);
        CompactTrace trace = new CompactTrace();
        new SyntheticTraceGenerator(mix, objects, 365, 42).generate(trace);
        System.out.printf(Locale.ROOT, "mix=%s objects=%d events=%d provider=%s%n", mix.name(), objects, trace.events(), home.id());
        for (String name : Policies.NAMES) {
            if (name.equals(Policies.ORACLE) || !Policies.appliesTo(name, home) || !only.contains(name)) {
                continue;
            }
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            StringBuilder each = new StringBuilder();
            for (int r = 0; r < rounds; r++) {
                Simulator sim = new Simulator(model, List.of(Policies.create(name, model)), false);
                long t0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                trace.replay(sim);
                sim.finish();
                double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
                each.append(String.format(Locale.ROOT, " %.2f", cpu));
                bestCpu = Math.min(bestCpu, cpu);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "%-24s %8.2f s %12.0f events/s   CPU %8.2f s %12.0f events/CPU-s   (CPU s by round:%s)%n",
                    name, best, trace.events() / best, bestCpu, trace.events() / bestCpu, each);
        }
        if (!only.contains(Policies.ORACLE)) {
            return;
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            Simulator sim = new Simulator(model, List.of(), true);
            long t0 = System.nanoTime();
            trace.replay(sim);
            sim.finish();
            best = Math.min(best, sim.oracleNanos() / 1e9);
        }
        System.out.printf(Locale.ROOT, "%-24s %8.2f s for %d objects%n", "oracle (solve + bill)", best, trace.objects());
    }
}
