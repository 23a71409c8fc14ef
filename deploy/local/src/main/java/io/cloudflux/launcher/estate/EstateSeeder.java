package io.cloudflux.launcher.estate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

import io.cloudflux.events.Provider;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;

/**
 * Writes estate objects to their clouds: creates their buckets, then puts every object with its class and its own
 * content, a few at a time. Writing an object again gives it the same bytes, so a seeding cut short is simply run
 * again.
 */
final class EstateSeeder {

    private final Function<String, StorageAdapter> adapters;
    private final int writers;

    /** @param adapters the storage adapter of each account */
    EstateSeeder(Function<String, StorageAdapter> adapters, int writers) {
        this.adapters = adapters;
        this.writers = writers;
    }

    /** Writes {@code objects}; {@code progress} hears the count written so far after each object. */
    void seed(List<EstateObject> objects, LongConsumer progress) throws InterruptedException {
        Set<String> buckets = new LinkedHashSet<>();
        for (EstateObject o : objects) {
            // The in-memory GCS has no bucket API: its buckets exist once an object is written to them.
            if (o.provider() != Provider.GCP && buckets.add(o.account() + "/" + o.bucket())) {
                adapters.apply(o.account()).createBucket(o.bucket());
            }
        }
        AtomicLong written = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, "estate-seeder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>(objects.size());
            for (EstateObject o : objects) {
                pending.add(pool.submit(() -> {
                    put(o);
                    progress.accept(written.incrementAndGet());
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private void put(EstateObject o) {
        adapters.apply(o.account()).put(new ObjectKey(o.bucket(), o.key()), new ObjectContent(o), o.sizeBytes(),
                PutOptions.defaults().withStorageClass(o.storageClass()));
    }
}
