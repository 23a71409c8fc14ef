package io.cloudflux.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;

/** Small realistic buckets for tests: keys under logs/, backups/, media/, datasets/, each with distinct content. */
public final class Estates {

    private static final String[] PREFIXES = {"logs/2025/06/", "backups/db/", "media/images/", "datasets/raw/"};

    private Estates() {
    }

    /** Writes {@code count} objects to an existing bucket; answers their keys in key order. */
    public static List<String> seed(StorageAdapter adapter, String bucket, int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = PREFIXES[i % PREFIXES.length] + String.format("object-%05d.bin", i);
            put(adapter, bucket, key, "content of " + bucket + "/" + key);
            keys.add(key);
        }
        return keys.stream().sorted().toList();
    }

    public static void put(StorageAdapter adapter, String bucket, String key, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        adapter.put(new ObjectKey(bucket, key), new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());
    }

    /** A seed of {@link io.cloudflux.storage.faults.FaultInjectingStorageAdapter} whose first injected transient
     * error, at {@code probability} per call and no other fault, strikes call number {@code call} (from 1). */
    public static long seedFailingFirstAtCall(double probability, int call) {
        for (long seed = 0; ; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int first = 1;
            while (!(random.nextDouble() < probability)) {
                first++;
            }
            if (first == call) {
                return seed;
            }
        }
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
