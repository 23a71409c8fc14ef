package io.cloudflux.bench.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudflux.storage.filesystem.FilesystemConfig;
import io.cloudflux.storage.filesystem.FilesystemStorageAdapter;

/**
 * A bucket of the filesystem adapter in a temporary folder, filled with the synthetic trace's keys and deleted by
 * {@link #close}, and the {@code cloudflux.clouds} account that scans it. Writing a million objects takes a quarter of
 * an hour on two cores: {@code CLOUDFLUX_BENCH_FS_ROOT} names a folder to keep the bucket in instead, filled when it
 * does not hold exactly the wanted keys, and kept.
 */
final class FilesystemBucket implements AutoCloseable {

    static final String ACCOUNT = "fs-bench";
    static final String BUCKET = "estate";

    private final Path root;
    private final int objects;
    private final boolean kept;

    private FilesystemBucket(Path root, int objects, boolean kept) {
        this.root = root;
        this.objects = objects;
        this.kept = kept;
    }

    static FilesystemBucket generate(int wanted) throws Exception {
        String keep = System.getenv("CLOUDFLUX_BENCH_FS_ROOT");
        Path root = keep != null ? Files.createDirectories(Path.of(keep))
                : Files.createTempDirectory("cloudflux-sync-bench-");
        List<String> keys = BenchBuckets.keys(wanted);
        long present = metaFiles(root.resolve(BUCKET));
        if (present == keys.size()) {
            System.out.printf(Locale.ROOT, "filesystem bucket: %,d objects already under %s (%,d MB on disk)%n",
                    present, root, BenchBuckets.diskMegabytes(root));
            return new FilesystemBucket(root, keys.size(), keep != null);
        }
        System.out.printf(Locale.ROOT, "filesystem bucket: writing %,d objects under %s%n", keys.size(), root);
        try (FilesystemStorageAdapter adapter = new FilesystemStorageAdapter(new FilesystemConfig(ACCOUNT, root))) {
            double seconds = BenchBuckets.fill(adapter, BUCKET, keys, 4);
            System.out.printf(Locale.ROOT, "  written in %.0f s; %,d MB on disk%n", seconds,
                    BenchBuckets.diskMegabytes(root));
        }
        return new FilesystemBucket(root, keys.size(), keep != null);
    }

    private static long metaFiles(Path bucket) throws java.io.IOException {
        if (!Files.isDirectory(bucket)) {
            return 0;
        }
        try (var files = Files.newDirectoryStream(bucket, "*.meta")) {
            long n = 0;
            for (Path ignored : files) {
                n++;
            }
            return n;
        }
    }

    int objects() {
        return objects;
    }

    /** The account, scanned {@code pageSize} objects a page (the adapter reads the whole folder for each page). */
    Map<String, String> account(int index, int pageSize) {
        String a = "cloudflux.clouds[" + index + "].";
        return Map.of(a + "name", ACCOUNT, a + "provider", "FILESYSTEM", a + "endpoint", root.toString(),
                a + "credentials", "none", a + "list-calls-per-second", "1000", a + "buckets[0].name", BUCKET,
                a + "buckets[0].page-size", String.valueOf(pageSize));
    }

    @Override
    public void close() throws Exception {
        if (!kept) {
            BenchBuckets.delete(root);
        }
    }
}
