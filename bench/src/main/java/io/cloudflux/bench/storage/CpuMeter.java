package io.cloudflux.bench.storage;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * CPU seconds spent by this JVM and by its child processes (the emulators, which test-support started as children),
 * so that a phase can say where its CPU went on a host where CPU is the scarce resource.
 */
final class CpuMeter {

    private final long ownStart;
    private final long childrenStart;

    private CpuMeter(long ownStart, long childrenStart) {
        this.ownStart = ownStart;
        this.childrenStart = childrenStart;
    }

    static CpuMeter start() {
        return new CpuMeter(ownNanos(), childrenNanos());
    }

    /** "JVM x s, emulators y s" since the start. */
    String sinceStart() {
        return String.format(Locale.ROOT, "CPU: this JVM %.1f s, emulators %.1f s", (ownNanos() - ownStart) / 1e9,
                (childrenNanos() - childrenStart) / 1e9);
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
}
