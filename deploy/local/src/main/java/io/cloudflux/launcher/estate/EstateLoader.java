package io.cloudflux.launcher.estate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import io.cloudflux.events.Provider;
import io.cloudflux.storage.StorageAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Fills the demo's clouds with its estate. The in-memory GCS is filled at every start, before the services, since it
 * lives only as long as the JVM. S3Mock and Azurite keep their data: they are filled once, in the background after
 * the services are up, and a {@link SeedMarker} records it. Then every bucket is scanned in full, so that the
 * catalog holds the estate on first start.
 */
public final class EstateLoader {

    private static final int WRITERS = 8;

    private final DemoEstate estate;
    private final int size;
    private final Path marker;
    private final Function<String, StorageAdapter> adapters;
    private final Consumer<String> console;

    /**
     * @param size     objects in the estate
     * @param dataDir  the launcher's data folder: the marker lives in its {@code estate/}
     * @param adapters the storage adapter of each demo account
     * @param console  where progress is told
     */
    public EstateLoader(int size, Path dataDir, Function<String, StorageAdapter> adapters, Consumer<String> console) {
        this.estate = DemoEstate.of(size);
        this.size = size;
        this.marker = markerIn(dataDir);
        this.adapters = adapters;
        this.console = console;
    }

    /** The marker file of a data folder. */
    public static Path markerIn(Path dataDir) {
        return dataDir.resolve("estate/seeded.json");
    }

    public DemoEstate estate() {
        return estate;
    }

    /** Writes the GCS part of the estate; it answers how many objects. */
    public long seedInMemory() throws InterruptedException {
        List<EstateObject> gcs = part(true);
        new EstateSeeder(adapters, WRITERS).seed(gcs, n -> { });
        return gcs.size();
    }

    /**
     * In the background: writes the S3Mock and Azurite part unless the marker says it is there, then scans every
     * bucket of {@code accounts} in full through the sync-service at {@code syncUrl}.
     */
    public CompletableFuture<EstateReport> loadInBackground(String syncUrl, Duration scanPatience) {
        CompletableFuture<EstateReport> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                done.complete(load(syncUrl, scanPatience));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(e);
            }
            catch (Exception e) {
                console.accept("  Estate      failed: " + e.getMessage());
                done.completeExceptionally(e);
            }
        }, "estate-loader");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    private EstateReport load(String syncUrl, Duration scanPatience) throws IOException, InterruptedException {
        boolean seeded = false;
        Optional<SeedMarker> found = SeedMarker.read(marker);
        if (found.filter(m -> m.version() == DemoEstate.VERSION && m.objects() == size).isEmpty()) {
            List<EstateObject> onDisk = part(false);
            console.accept(String.format(Locale.ROOT, "  Estate      seeding %,d objects into S3Mock and Azurite in "
                    + "the background (%,d MB; once, kept in %s)", onDisk.size(), megabytes(onDisk), marker.getParent()
                    .getParent()));
            long step = Math.max(1, onDisk.size() / 10);
            new EstateSeeder(adapters, WRITERS).seed(onDisk, n -> {
                if (n % step == 0 || n == onDisk.size()) {
                    console.accept(String.format(Locale.ROOT, "  Estate      %,d of %,d objects written", n,
                            onDisk.size()));
                }
            });
            SeedMarker.of(size, estate).write(marker);
            seeded = true;
        }
        Instant scansAfter = Instant.now();
        console.accept("  Estate      scanning every bucket into the catalog ...");
        List<JsonNode> runs = new FullScans(syncUrl).scanAll(DemoEstate.ACCOUNTS, scansAfter, scanPatience);
        long seen = runs.stream().mapToLong(r -> r.get("objectsSeen").asLong()).sum();
        console.accept(String.format(Locale.ROOT, "  Estate      %,d objects catalogued by full scans of %d buckets "
                + "(AWS %,d, Azure %,d, GCS %,d)", seen, runs.size(), count(Provider.AWS), count(Provider.AZURE),
                count(Provider.GCP)));
        return new EstateReport(seeded, estate.countsByProvider(), runs);
    }

    private long count(Provider provider) {
        return estate.countsByProvider().getOrDefault(provider, 0L);
    }

    private List<EstateObject> part(boolean inMemory) {
        return estate.objects().stream().filter(o -> (o.provider() == Provider.GCP) == inMemory).toList();
    }

    private static long megabytes(List<EstateObject> objects) {
        return objects.stream().mapToLong(EstateObject::sizeBytes).sum() / 1_000_000;
    }

    /**
     * What a start did with the estate.
     *
     * @param seededOnDisk whether S3Mock and Azurite were written (false: the marker said they hold it already)
     * @param objects      objects of the estate per provider
     * @param scans        the full scan runs that followed, as the sync-service reports them
     */
    public record EstateReport(boolean seededOnDisk, Map<Provider, Long> objects, List<JsonNode> scans) {
    }
}
