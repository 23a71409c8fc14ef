package io.cloudflux.bench.storage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU seconds spent by this JVM and by its child processes (the emulators, which test-support started as children),
 * so that a phase can say where its CPU went on a host where CPU is the scarce resource. On Linux it also says how
 * much of this JVM's went to its JIT compiler threads and its GC threads (from {@code /proc/self/task}), which
 * neither a JFR recording nor the thread MXBean shows.
 */
final class CpuMeter {

    /** Linux's USER_HZ: /proc counts CPU time in ticks of 10 ms. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long ownStart;
    private final long childrenStart;
    private final long[] threadsStart;

    private CpuMeter(long ownStart, long childrenStart, long[] threadsStart) {
        this.ownStart = ownStart;
        this.childrenStart = childrenStart;
        this.threadsStart = threadsStart;
    }

    static CpuMeter start() {
        return new CpuMeter(ownNanos(), childrenNanos(), jitAndGcNanos());
    }

    /** CPU seconds of this JVM since the start. */
    double ownSeconds() {
        return (ownNanos() - ownStart) / 1e9;
    }

    /** "JVM x s (JIT compilers j s, GC g s), emulators y s" since the start. */
    String sinceStart() {
        long[] threads = jitAndGcNanos();
        String split = threads == null || threadsStart == null ? "" : String.format(Locale.ROOT,
                " (of which JIT compiler threads %.1f s, GC threads %.1f s)", (threads[0] - threadsStart[0]) / 1e9,
                (threads[1] - threadsStart[1]) / 1e9);
        return String.format(Locale.ROOT, "CPU: this JVM %.1f s%s, emulators %.1f s", (ownNanos() - ownStart) / 1e9,
                split, (childrenNanos() - childrenStart) / 1e9);
    }

    private static long ownNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long childrenNanos() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> !c.endsWith("rclone") && !c.endsWith("time")).orElse(true))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** CPU of this JVM's compiler threads and GC threads (live ones), or {@code null} where there is no /proc. */
    private static long[] jitAndGcNanos() {
        long[] sums = new long[2];
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                }
                catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                int group = name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre") ? 0
                        : name.startsWith("GC Thread") || name.startsWith("G1 ") ? 1 : -1;
                if (group >= 0) {
                    // Fields after the name: state is the 1st, utime the 12th, stime the 13th.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    sums[group] += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
                }
            }
            return sums;
        }
        catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
