package io.cloudflux.bench.sync;

import java.util.Locale;

import io.cloudflux.sync.scan.ScanRun;

/** One ended scan run, printed as docs/benchmarks.md records it. */
final class ScanReport {

    private ScanReport() {
    }

    /** Prints the run; answers its running seconds (the time the run spent listing, writing and sweeping). */
    static double print(String what, ScanRun run, double wallSeconds) {
        double seconds = run.activeMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "  %s: %s, %,d objects in %d pages, %.1f s running (%.1f s from trigger to "
                + "end) = %,.0f objects/s; new %,d, changed %,d, missing %,d, errors %d%n", what, run.state(),
                run.objectsSeen(), run.pages(), seconds, wallSeconds, run.objectsSeen() / seconds, run.objectsNew(),
                run.objectsChanged(), run.objectsMissing(), run.errors());
        if (run.lastError() != null) {
            System.out.println("    last error: " + run.lastError());
        }
        return seconds;
    }
}
