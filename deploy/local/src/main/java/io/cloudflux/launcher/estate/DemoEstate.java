package io.cloudflux.launcher.estate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.cloudflux.events.Provider;
import io.cloudflux.tiering.trace.Archetype;
import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;
import io.cloudflux.tiering.trace.TraceObject;

/**
 * The demo's estate: the objects of a synthetic trace ({@link #generator}) spread over the accounts and buckets of
 * three emulated clouds, each archetype where such data lives (media in media buckets, backups in backup buckets ...).
 * Keys are the trace's own, so that a workload replayed from the same generator names these objects. The same
 * number of objects always gives the same estate.
 */
public final class DemoEstate {

    /** Changes whenever the same size would give other objects: a seeded estate of another version is seeded again. */
    public static final int VERSION = 1;
    public static final long SEED = 2026;
    public static final int DAYS = 90;
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    /**
     * Many small objects, few large ones: static assets and media uploads by the thousand, a tenth of warehouse
     * partitions, one percent of backups (each the size of a hundred other objects).
     */
    public static final Mix MIX = new Mix("demo-estate", Map.of(Archetype.HOTSET, 0.40, Archetype.MEDIA, 0.35,
            Archetype.DORMANT, 0.14, Archetype.ANALYTICS, 0.10, Archetype.BACKUP, 0.01));
    /**
     * The trace's sizes are real-world sizes (a backup is gigabytes); the emulators hold them divided by this, so
     * that 20,000 objects take a few hundred MB while a large backup still takes tens of MB.
     */
    static final long SIZE_DIVISOR = 2_500;
    static final long MIN_SIZE = 2 * 1024;

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("acme-prod", Provider.AWS, null, List.of("acme-media", "acme-static", "acme-backups")),
            new DemoAccount("acme-analytics", Provider.AWS, null, List.of("acme-datasets")),
            new DemoAccount("devstoreaccount1", Provider.AZURE, null, List.of("media", "datasets")),
            new DemoAccount("acmearchive", Provider.AZURE, null, List.of("backups", "projects")),
            new DemoAccount("gcp-web", Provider.GCP, "acme-web", List.of("acme-web-static", "acme-web-media")),
            new DemoAccount("gcp-research", Provider.GCP, "acme-research",
                    List.of("acme-research-datasets", "acme-research-projects")));

    /** Where each archetype's objects go, by weight. GCS is in memory: it gets the smaller share of large data. */
    private static final Map<Archetype, List<Share>> PLACEMENTS = new EnumMap<>(Map.of(
            Archetype.MEDIA, List.of(new Share("acme-prod", "acme-media", 5), new Share("devstoreaccount1", "media", 3),
                    new Share("gcp-web", "acme-web-media", 2)),
            Archetype.HOTSET, List.of(new Share("acme-prod", "acme-static", 1),
                    new Share("gcp-web", "acme-web-static", 1)),
            Archetype.BACKUP, List.of(new Share("acme-prod", "acme-backups", 1),
                    new Share("acmearchive", "backups", 1)),
            Archetype.ANALYTICS, List.of(new Share("acme-analytics", "acme-datasets", 6),
                    new Share("devstoreaccount1", "datasets", 3), new Share("gcp-research", "acme-research-datasets", 1)),
            Archetype.DORMANT, List.of(new Share("acmearchive", "projects", 3),
                    new Share("gcp-research", "acme-research-projects", 1))));

    private record Share(String account, String bucket, int weight) {
    }

    private final List<EstateObject> objects;

    private DemoEstate(List<EstateObject> objects) {
        this.objects = List.copyOf(objects);
    }

    /** The generator whose trace names the estate's objects. */
    public static SyntheticTraceGenerator generator(int objects) {
        return new SyntheticTraceGenerator(MIX, objects, DAYS, SEED, START);
    }

    public static DemoEstate of(int size) {
        List<EstateObject> objects = new ArrayList<>(size);
        Set<String> keys = new HashSet<>();
        for (TraceObject o : generator(size).population()) {
            if (keys.add(o.key())) {
                objects.add(place(o));
            }
        }
        return new DemoEstate(objects);
    }

    private static EstateObject place(TraceObject o) {
        List<Share> shares = PLACEMENTS.get(o.archetype());
        int total = shares.stream().mapToInt(Share::weight).sum();
        int pick = Math.floorMod(fnv(o.key()), total);
        Share share = shares.get(shares.size() - 1);
        for (Share s : shares) {
            if (pick < s.weight()) {
                share = s;
                break;
            }
            pick -= s.weight();
        }
        Provider provider = account(share.account()).provider();
        long size = Math.max(MIN_SIZE, o.sizeBytes() / SIZE_DIVISOR);
        return new EstateObject(provider, share.account(), share.bucket(), o.key(), o.archetype(), size,
                Temperature.of(o.archetype(), DAYS - o.createdDay()).storageClass(provider));
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x100000001b3L;
        }
        return h;
    }

    static DemoAccount account(String name) {
        return ACCOUNTS.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    public List<EstateObject> objects() {
        return objects;
    }

    /** Objects per provider. */
    public Map<Provider, Long> countsByProvider() {
        Map<Provider, Long> counts = new EnumMap<>(Provider.class);
        objects.forEach(o -> counts.merge(o.provider(), 1L, Long::sum));
        return counts;
    }

    /** Objects per {@code account/bucket}, in name order. */
    public Map<String, Long> countsByBucket() {
        Map<String, Long> counts = new TreeMap<>();
        objects.forEach(o -> counts.merge(o.account() + "/" + o.bucket(), 1L, Long::sum));
        return counts;
    }

    public long totalBytes() {
        return objects.stream().mapToLong(EstateObject::sizeBytes).sum();
    }
}
