package io.cloudflux.bench.sync;

import java.time.Duration;
import java.util.Locale;

import io.cloudflux.sync.scan.ScanRun;

/**
 * {@code ./cloudflux bench sync-reconcile [OBJECTS PAGE_SIZE]}: a full reconciliation — a FULL scan with its sweep,
 * against a catalog that already holds every object — of a filesystem bucket of OBJECTS objects (1,000,000), by the
 * sync-service in this JVM; the scan that fills the catalog first is reported too.
 */
public final class SyncReconcileBench {

    private static final Duration PATIENCE = Duration.ofHours(2);

    private SyncReconcileBench() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        }
        catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        System.out.printf(Locale.ROOT, "sync-reconcile: filesystem %,d objects (page %,d); load %s%n", objects,
                pageSize, BenchBuckets.loadAverage());
        try (FilesystemBucket fs = FilesystemBucket.generate(objects);
                InProcessSync sync = InProcessSync.start(SyncReconcileBench.class, fs.account(0, pageSize))) {
            long t = System.nanoTime();
            ScanRun fill = sync.fullScan(FilesystemBucket.ACCOUNT, FilesystemBucket.BUCKET, PATIENCE);
            ScanReport.print("catalog fill (empty catalog)", fill, (System.nanoTime() - t) / 1e9);
            System.out.println("load before the reconciliation: " + BenchBuckets.loadAverage());
            t = System.nanoTime();
            ScanRun reconcile = sync.fullScan(FilesystemBucket.ACCOUNT, FilesystemBucket.BUCKET, PATIENCE);
            ScanReport.print("reconciliation (every object catalogued)", reconcile, (System.nanoTime() - t) / 1e9);
        }
    }
}
