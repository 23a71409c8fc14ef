package io.cloudflux.bench.storage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.copy.VerifiedCopy;

/**
 * Copies one large object (1 GiB by default) from S3Mock to Azurite, streamed and verified, then within S3Mock
 * server-side (the S3 adapter's copy: S3TransferManager, parallel UploadPartCopy), and reports the heap ceiling the
 * JVM ran with and the peak heap each copy used: run it with {@code -Xmx256m} to show that a copy's memory is
 * bounded by its part size, not by the object.
 *
 * <p>Usage: {@code java -Xmx256m -cp ... io.cloudflux.bench.storage.LargeObjectMemoryBenchmark [MIB]}.
 */
public final class LargeObjectMemoryBenchmark {

    private LargeObjectMemoryBenchmark() {
    }

    public static void main(String[] args) {
        long size = (args.length > 0 ? Long.parseLong(args[0]) : 1024) << 20;
        StorageAdapter s3 = BenchStores.s3(4);
        StorageAdapter azure = BenchStores.azure();
        ObjectKey source = new ObjectKey("large", "one-object");
        s3.createBucket("large");
        azure.createBucket("large");

        long start = System.nanoTime();
        s3.put(source, new GeneratedContent(size, 42), size, PutOptions.defaults());
        double put = (System.nanoTime() - start) / 1e9;
        resetPeaks();
        start = System.nanoTime();
        VerifiedCopy.Result result = new VerifiedCopy().copy(s3, source, azure, new ObjectKey("large", "copy"),
                PutOptions.defaults());
        double copy = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "put %d MiB into S3Mock: %.1f s; copy S3Mock -> Azurite, verified by %s: "
                        + "%.1f s (%.1f MiB/s)%n", size >> 20, put, result.proof(), copy, (size >> 20) / copy);
        System.out.printf(Locale.ROOT, "max heap %d MiB, peak heap used during the copy %d MiB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);

        resetPeaks();
        start = System.nanoTime();
        ObjectInfo serverSide = s3.copy(source, new ObjectKey("large", "server-side-copy"), null);
        double sameAccount = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "server-side copy S3Mock -> S3Mock (ETag %s): %.1f s; peak heap used during "
                + "it %d MiB%n", serverSide.etag(), sameAccount, peakHeap() >> 20);
        System.exit(0);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
