package io.cloudflux.bench.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;
import io.cloudflux.tiering.trace.TraceObject;

/** Buckets for the sync benchmarks: the synthetic trace's keys, each object a few bytes of its own content. */
final class BenchBuckets {

    private BenchBuckets() {
    }

    /** Up to {@code count} distinct keys of a balanced synthetic trace (the hot set's random names may repeat). */
    static List<String> keys(int count) {
        Set<String> keys = new LinkedHashSet<>();
        for (TraceObject o : new SyntheticTraceGenerator(Mix.BALANCED, count, 365, 17).population()) {
            keys.add(o.key());
        }
        return new ArrayList<>(keys);
    }

    /** Writes every key to {@code bucket} with {@code threads} writers, printing progress; answers seconds taken. */
    static double fill(StorageAdapter adapter, String bucket, List<String> keys, int threads) throws Exception {
        adapter.createBucket(bucket);
        long start = System.nanoTime();
        AtomicLong written = new AtomicLong();
        long step = Math.max(1, keys.size() / 10);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> pending = new ArrayList<>();
            int slice = (keys.size() + threads - 1) / threads;
            for (int from = 0; from < keys.size(); from += slice) {
                List<String> part = keys.subList(from, Math.min(keys.size(), from + slice));
                pending.add(pool.submit(() -> {
                    for (String key : part) {
                        byte[] content = ("content of " + bucket + "/" + key).getBytes(StandardCharsets.UTF_8);
                        adapter.put(new ObjectKey(bucket, key), new ByteArrayInputStream(content), content.length,
                                PutOptions.defaults());
                        long n = written.incrementAndGet();
                        if (n % step == 0) {
                            System.out.printf("    %,d of %,d written%n", n, keys.size());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Disk use of a folder in MB, as {@code du} counts it (whole blocks). */
    static long diskMegabytes(Path folder) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-sk", folder.toString()).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]) / 1024;
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
