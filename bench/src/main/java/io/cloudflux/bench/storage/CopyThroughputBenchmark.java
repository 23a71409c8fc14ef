package io.cloudflux.bench.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.copy.VerifiedCopy;
import io.cloudflux.storage.retry.Retrier;
import io.cloudflux.storage.retry.RetryPolicy;

/**
 * Copy throughput of the storage adapters against {@code rclone copy --checksum}, in one run on the same emulators
 * and at the same concurrency: S3Mock bucket to S3Mock bucket, and S3Mock to Azurite, every object streamed and
 * checksum-verified ({@link VerifiedCopy}). rclone's server-side copy is disabled for the bucket-to-bucket case, so
 * that both stream the bytes. Prints one line per copy and the ratios.
 *
 * <p>Usage: {@code java -cp ... io.cloudflux.bench.storage.CopyThroughputBenchmark [CONCURRENCY] [SCALE] [WARMUP]};
 * SCALE shrinks the object counts of the 2 GiB corpus for a quick try (1.0 = the full corpus). WARMUP first copies a
 * corpus of that fraction of the full one both ways, untimed, so that the timed copies measure a JIT-compiled JVM, as
 * a long-running migration-service is: {@code true} (the default) is 0.05, {@code 1.0} one whole pass, as a steady
 * state; {@code false} (or 0) measures a cold JVM.
 */
public final class CopyThroughputBenchmark {

    /** 1,000 × 4 KiB up to 20 × 64 MiB: about 2 GiB in 1,380 objects. */
    static final long[][] CORPUS = {
            {1000, 4L << 10},
            {200, 256L << 10},
            {100, 1L << 20},
            {40, 8L << 20},
            {20, 16L << 20},
            {20, 64L << 20},
    };

    private CopyThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        double warmUp = warmUpFraction(args.length > 2 ? args[2] : "true");
        StorageAdapter s3 = BenchStores.s3(concurrency * 2);
        StorageAdapter azure = BenchStores.azure();
        Rclone rclone = new Rclone(BenchStores.s3Endpoint(), BenchStores.azureEndpoint());

        if (warmUp > 0) {
            seed(s3, "warmup", warmUp, concurrency);
            s3.createBucket("warmup-s3");
            azure.createBucket("warmup-az");
            double seconds = ours(s3, "warmup", s3, "warmup-s3", concurrency)
                    + ours(s3, "warmup", azure, "warmup-az", concurrency);
            System.out.printf(Locale.ROOT, "warm-up (untimed): a %.2f corpus copied both ways in %.1f s%n", warmUp,
                    seconds);
        }
        List<ObjectKey> corpus = seed(s3, "corpus", scale, concurrency);
        long bytes = corpus.stream().mapToLong(k -> s3.head(k).size()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d objects, %.1f MiB, concurrency %d%n", corpus.size(), mib(bytes),
                concurrency);

        s3.createBucket("ours-s3");
        CpuMeter cpu = CpuMeter.start();
        double oursS3 = ours(s3, "corpus", s3, "ours-s3", concurrency);
        double oursS3Cpu = report("cloudflux S3Mock -> S3Mock", bytes, oursS3, cpu);
        s3.createBucket("rclone-s3");
        List<String> s3Extra = List.of("--disable", "Copy", "--s3-upload-concurrency", "1");
        System.out.println("rclone    S3Mock -> S3Mock: " + String.join(" ", rclone.command("s3mock:corpus",
                "s3mock:rclone-s3", concurrency, s3Extra)));
        Rclone.Run rcloneS3 = rclone.copy("s3mock:corpus", "s3mock:rclone-s3", concurrency, s3Extra);
        System.out.printf(Locale.ROOT, "    %.1f s, %.1f MiB/s%n", rcloneS3.seconds(), mib(bytes) / rcloneS3.seconds());

        azure.createBucket("ours-az");
        cpu = CpuMeter.start();
        double oursAz = ours(s3, "corpus", azure, "ours-az", concurrency);
        double oursAzCpu = report("cloudflux S3Mock -> Azurite", bytes, oursAz, cpu);
        azure.createBucket("rclone-az");
        List<String> azExtra = List.of("--azureblob-upload-concurrency", "1");
        System.out.println("rclone    S3Mock -> Azurite: " + String.join(" ", rclone.command("s3mock:corpus",
                "azurite:rclone-az", concurrency, azExtra)));
        Rclone.Run rcloneAz = rclone.copy("s3mock:corpus", "azurite:rclone-az", concurrency, azExtra);
        System.out.printf(Locale.ROOT, "    %.1f s, %.1f MiB/s%n", rcloneAz.seconds(), mib(bytes) / rcloneAz.seconds());

        verifyCount(s3, "ours-s3", corpus.size());
        verifyCount(azure, "ours-az", corpus.size());
        verifyCount(s3, "rclone-s3", corpus.size());
        verifyCount(azure, "rclone-az", corpus.size());
        System.out.printf(Locale.ROOT, "ratio cloudflux/rclone: S3Mock->S3Mock %.2f, S3Mock->Azurite %.2f%n",
                rcloneS3.seconds() / oursS3, rcloneAz.seconds() / oursAz);
        double gib = bytes / (double) (1L << 30);
        System.out.printf(Locale.ROOT, "CPU-s per GiB, cloudflux JVM / rclone: S3Mock->S3Mock %.1f / %.1f (%.2fx), "
                + "S3Mock->Azurite %.1f / %.1f (%.2fx)%n", oursS3Cpu / gib, rcloneS3.cpuSeconds() / gib,
                oursS3Cpu / rcloneS3.cpuSeconds(), oursAzCpu / gib, rcloneAz.cpuSeconds() / gib,
                oursAzCpu / rcloneAz.cpuSeconds());
        System.exit(0);
    }

    /** WARMUP as a fraction of the full corpus: {@code true} is 0.05, {@code false} 0, else the number given. */
    static double warmUpFraction(String arg) {
        if (arg.equalsIgnoreCase("true") || arg.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(arg) ? 0.05 : 0;
        }
        double fraction = Double.parseDouble(arg);
        if (fraction < 0) {
            throw new IllegalArgumentException("WARMUP must be true, false or a fraction of the corpus >= 0: " + arg);
        }
        return fraction;
    }

    /** Writes the corpus into {@code bucket} with our adapter, concurrently; returns its keys. */
    static List<ObjectKey> seed(StorageAdapter s3, String bucket, double scale, int concurrency) throws Exception {
        s3.createBucket(bucket);
        List<ObjectKey> keys = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (long[] tier : CORPUS) {
            long count = Math.max(1, Math.round(tier[0] * scale));
            for (int i = 0; i < count; i++) {
                keys.add(new ObjectKey(bucket, String.format(Locale.ROOT, "size-%d/object-%05d", tier[1], i)));
                sizes.add(tier[1]);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            ObjectKey key = keys.get(i);
            long size = sizes.get(i);
            long seed = i;
            done.add(pool.submit(() -> s3.put(key, new GeneratedContent(size, seed), size, PutOptions.defaults())));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return keys;
    }

    /**
     * Lists the source bucket and streams every object to {@code target}, verified, {@code concurrency} copies at
     * once, as rclone does; returns the seconds taken, listing included.
     */
    static double ours(StorageAdapter from, String sourceBucket, StorageAdapter to, String targetBucket,
            int concurrency) throws Exception {
        Retrier retrier = Retrier.of(RetryPolicy.DEFAULT);
        VerifiedCopy copier = new VerifiedCopy();
        AtomicLong copied = new AtomicLong();
        AtomicLong unproven = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (ObjectInfo key : (Iterable<ObjectInfo>) from.listAll(sourceBucket, "")::iterator) {
            ObjectKey target = new ObjectKey(targetBucket, key.key().key());
            done.add(pool.submit(() -> {
                VerifiedCopy.Result result = retrier.call("copy " + key.key(),
                        () -> copier.copy(from, key, to, target, PutOptions.defaults()));
                copied.addAndGet(result.written().size());
                if (!result.verified()) {
                    unproven.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (unproven.get() > 0) {
            throw new IllegalStateException(unproven.get() + " copies to " + targetBucket + " were not verified");
        }
        return seconds;
    }

    private static void verifyCount(StorageAdapter adapter, String bucket, int expected) {
        long count = adapter.listAll(bucket, "").map(ObjectInfo::size).count();
        if (count != expected) {
            throw new IllegalStateException(bucket + " holds " + count + " objects, expected " + expected);
        }
    }

    /** Prints one of our copies; returns this JVM's CPU seconds for it. */
    private static double report(String what, long bytes, double seconds, CpuMeter cpu) {
        System.out.printf(Locale.ROOT, "%s%n    %.1f s, %.1f MiB/s; %s%n", what, seconds, mib(bytes) / seconds,
                cpu.sinceStart());
        return cpu.ownSeconds();
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
