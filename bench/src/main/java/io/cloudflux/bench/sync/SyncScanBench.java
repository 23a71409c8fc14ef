package io.cloudflux.bench.sync;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudflux.bench.storage.Rclone;
import io.cloudflux.storage.aws.S3Config;
import io.cloudflux.storage.aws.S3StorageAdapter;
import io.cloudflux.sync.scan.ScanRun;
import io.cloudflux.testsupport.emulators.S3Endpoint;
import io.cloudflux.testsupport.emulators.S3MockServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@code ./cloudflux bench sync-scan [FS_OBJECTS PAGE_SIZE S3_OBJECTS]}: a FULL scan into an empty catalog, by the
 * sync-service in this JVM, of a filesystem bucket of FS_OBJECTS objects (1,000,000) read PAGE_SIZE (50,000) a page —
 * objects per second — and of an S3Mock bucket of S3_OBJECTS objects (10,000: S3Mock rewrites a bucket-wide
 * metadata file on every put, so filling a bucket takes time quadratic in its size), against {@code rclone lsf -R} over the
 * same bucket in the same run.
 */
public final class SyncScanBench {

    private static final Duration PATIENCE = Duration.ofHours(2);
    private static final String S3_ACCOUNT = "s3-bench";
    private static final String S3_BUCKET = "estate";

    private SyncScanBench() {
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
        // The in-process broker's threads would keep the JVM alive.
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        int fsObjects = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int s3Objects = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        System.out.printf(Locale.ROOT, "sync-scan: filesystem %,d objects (page %,d), S3Mock %,d objects; load %s%n",
                fsObjects, pageSize, s3Objects, BenchBuckets.loadAverage());

        S3Endpoint s3 = S3MockServer.endpoint();
        try (FilesystemBucket fs = FilesystemBucket.generate(fsObjects)) {
            List<String> s3Keys = BenchBuckets.keys(s3Objects);
            System.out.printf(Locale.ROOT, "S3Mock bucket: writing %,d objects%n", s3Keys.size());
            try (S3StorageAdapter adapter = new S3StorageAdapter(S3Config.compatible(s3.endpoint(), s3.region(),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(), s3.secretKey()))))) {
                System.out.printf(Locale.ROOT, "  written in %.0f s%n", BenchBuckets.fill(adapter, S3_BUCKET, s3Keys,
                        16));
            }
            Map<String, String> clouds = new LinkedHashMap<>(fs.account(0, pageSize));
            clouds.putAll(s3Account(1, s3.endpoint(), s3));
            try (InProcessSync sync = InProcessSync.start(SyncScanBench.class, clouds)) {
                System.out.println("load before the filesystem scan: " + BenchBuckets.loadAverage());
                long t = System.nanoTime();
                ScanRun run = sync.fullScan(FilesystemBucket.ACCOUNT, FilesystemBucket.BUCKET, PATIENCE);
                ScanReport.print("filesystem, empty catalog", run, (System.nanoTime() - t) / 1e9);

                System.out.println("load before the S3Mock scan: " + BenchBuckets.loadAverage());
                t = System.nanoTime();
                ScanRun s3Run = sync.fullScan(S3_ACCOUNT, S3_BUCKET, PATIENCE);
                double syncSeconds = ScanReport.print("S3Mock, empty catalog", s3Run, (System.nanoTime() - t) / 1e9);
                Rclone rclone = new Rclone(s3, null);
                for (List<String> extra : List.of(List.<String>of(), List.of("--fast-list"))) {
                    Rclone.Listing listing = rclone.lsf("s3mock:" + S3_BUCKET, extra);
                    System.out.printf(Locale.ROOT, "  %s: %,d lines in %.1f s = %,.0f objects/s; sync scan / rclone "
                            + "time = %.2f%n", listing.command(), listing.lines(), listing.seconds(),
                            listing.lines() / listing.seconds(), syncSeconds / listing.seconds());
                }
            }
        }
    }

    private static Map<String, String> s3Account(int index, URI endpoint, S3Endpoint s3) throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempDirectory("sync-bench-secret-");
        java.nio.file.Files.writeString(secret.resolve("access-key-id"), s3.accessKeyId());
        java.nio.file.Files.writeString(secret.resolve("secret-access-key"), s3.secretKey());
        String a = "cloudflux.clouds[" + index + "].";
        return Map.of(a + "name", S3_ACCOUNT, a + "provider", "AWS", a + "endpoint", endpoint.toString(),
                a + "region", s3.region(), a + "credentials", "secret:" + secret, a + "list-calls-per-second", "1000",
                a + "buckets[0].name", S3_BUCKET);
    }
}
