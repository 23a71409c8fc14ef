package io.cloudflux.sync.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cloudflux.events.CloudFluxEvent;
import io.cloudflux.events.ObjectObserved;
import io.cloudflux.events.ObjectRemoved;
import io.cloudflux.events.Topics;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.faults.FaultInjectingStorageAdapter;
import io.cloudflux.storage.faults.FaultPlan;
import io.cloudflux.storage.filesystem.FilesystemConfig;
import io.cloudflux.storage.filesystem.FilesystemStorageAdapter;
import io.cloudflux.sync.Estates;
import io.cloudflux.sync.SyncApplication;
import io.cloudflux.sync.TopicReader;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.clouds.ScanScope;
import io.cloudflux.testsupport.Infrastructure;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RealInfrastructure
@SpringBootTest(properties = {
        "spring.config.name=" + SyncApplication.NAME,
        "cloudflux.sync.scan.schedule=false"})
class ScanIT {

    static final Path ROOT = Estates.tempDir("sync-scan-it-");

    @DynamicPropertySource
    static void clouds(DynamicPropertyRegistry registry) {
        // A list binds from one property source: the whole account is declared here, beside its folder.
        registry.add("cloudflux.clouds[0].name", () -> "fs-estate");
        registry.add("cloudflux.clouds[0].provider", () -> "FILESYSTEM");
        registry.add("cloudflux.clouds[0].endpoint", ROOT::toString);
        registry.add("cloudflux.clouds[0].credentials", () -> "none");
        registry.add("cloudflux.clouds[0].list-calls-per-second", () -> "1000");
        registry.add("cloudflux.clouds[0].buckets[0].name", () -> "estate");
        registry.add("cloudflux.clouds[0].buckets[0].page-size", () -> "100");
        registry.add("cloudflux.clouds[0].buckets[1].name", () -> "resume");
        registry.add("cloudflux.clouds[0].buckets[1].page-size", () -> "50");
        registry.add("cloudflux.clouds[0].buckets[2].name", () -> "broken");
        registry.add("cloudflux.clouds[0].buckets[2].page-size", () -> "50");
    }

    @Autowired
    ScanService scans;

    @Autowired
    CatalogStore catalog;

    @Autowired
    JdbcTemplate jdbc;

    final StorageAdapter bucketStore = new FilesystemStorageAdapter(new FilesystemConfig("fs-estate", ROOT));

    @BeforeEach
    void createBuckets() {
        List.of("estate", "resume", "broken").forEach(bucketStore::createBucket);
    }

    @Test
    void shouldCatalogEveryObjectOfABucketOnAFullScanAndAnnounceItOnTheInventory(Infrastructure infrastructure) {
        List<String> keys = Estates.seed(bucketStore, "estate", 1050);

        ScanRun run = scans.runNow(scope("estate"), ScanMode.FULL, "TEST", bucketStore).orElseThrow();

        assertThat(run.state()).isEqualTo(ScanState.COMPLETED);
        assertThat(run.pages()).isEqualTo(11);
        assertThat(run.objectsSeen()).isEqualTo(1050);
        assertThat(run.objectsNew()).isEqualTo(1050);
        assertThat(count("estate", "PRESENT")).isEqualTo(1050);
        String objectId = catalog.findByLocation(bucketStore.locationOf(new ObjectKey("estate", keys.get(7))))
                .orElseThrow().objectId();
        List<CloudFluxEvent> observed = TopicReader.read(infrastructure.kafkaBootstrapServers(), Topics.INVENTORY,
                List.of(objectId), events -> !events.isEmpty());
        assertThat(observed).singleElement().isInstanceOfSatisfying(ObjectObserved.class,
                event -> assertThat(event.location().key()).isEqualTo(keys.get(7)));

        ScanRun again = scans.runNow(scope("estate"), ScanMode.FULL, "TEST", bucketStore).orElseThrow();
        assertThat(again.objectsNew()).isZero();
        assertThat(again.objectsChanged()).isZero();
        assertThat(count("estate", "PRESENT")).isEqualTo(1050);
    }

    @Test
    void shouldResumeAScanKilledHalfWayWithoutDuplicatesOrFalseRemovals(Infrastructure infrastructure) {
        List<String> keys = Estates.seed(bucketStore, "resume", 600);
        assertThat(scans.runNow(scope("resume"), ScanMode.FULL, "TEST", bucketStore).orElseThrow().state())
                .isEqualTo(ScanState.COMPLETED);
        Map<String, Object> idsBefore = objectIds("resume");
        List<String> deletedByHand = List.of(keys.get(3), keys.get(597));
        deletedByHand.forEach(key -> bucketStore.delete(new ObjectKey("resume", key), Precondition.none()));
        Estates.put(bucketStore, "resume", "logs/2025/06/zz-late-arrival.log", "arrived between scans");

        StorageAdapter failing = new FaultInjectingStorageAdapter(bucketStore,
                FaultPlan.NONE.withTransientError(0.2), Estates.seedFailingFirstAtCall(0.2, 5));
        ScanRun killed = scans.runNow(scope("resume"), ScanMode.FULL, "TEST", failing).orElseThrow();

        assertThat(killed.state()).isEqualTo(ScanState.FAILED);
        assertThat(killed.pages()).isEqualTo(4);
        assertThat(count("resume", "MISSING")).isZero();

        ScanRun resumed = scans.runNow(scope("resume"), ScanMode.FULL, "TEST", bucketStore).orElseThrow();

        assertThat(resumed.id()).isEqualTo(killed.id());
        assertThat(resumed.state()).isEqualTo(ScanState.COMPLETED);
        assertThat(resumed.pages()).isEqualTo(12);
        assertThat(resumed.objectsSeen()).isEqualTo(599);
        assertThat(resumed.objectsNew()).isEqualTo(1);
        assertThat(resumed.objectsMissing()).isEqualTo(2);
        assertThat(count("resume", "PRESENT")).isEqualTo(599);
        assertThat(count("resume", "MISSING")).isEqualTo(2);
        assertThat(jdbc.queryForList("select object_key from catalog_object where bucket = 'resume' "
                + "and state = 'MISSING' order by object_key", String.class)).containsExactlyElementsOf(deletedByHand);
        Map<String, Object> idsAfter = objectIds("resume");
        idsBefore.forEach((key, id) -> assertThat(idsAfter.get(key)).as(key).isEqualTo(id));
        String removedId = (String) idsBefore.get(keys.get(3));
        List<CloudFluxEvent> events = TopicReader.read(infrastructure.kafkaBootstrapServers(), Topics.INVENTORY,
                List.of(removedId), e -> e.stream().anyMatch(ObjectRemoved.class::isInstance));
        assertThat(events).filteredOn(ObjectRemoved.class::isInstance).hasSize(1);
    }

    @Test
    void shouldMarkNothingRemovedWhenAListingPageFails() {
        List<String> keys = Estates.seed(bucketStore, "broken", 400);
        assertThat(scans.runNow(scope("broken"), ScanMode.FULL, "TEST", bucketStore).orElseThrow().state())
                .isEqualTo(ScanState.COMPLETED);
        keys.subList(200, 400).forEach(key -> bucketStore.delete(new ObjectKey("broken", key), Precondition.none()));

        StorageAdapter failing = new FaultInjectingStorageAdapter(bucketStore,
                FaultPlan.NONE.withTransientError(0.3), Estates.seedFailingFirstAtCall(0.3, 3));
        ScanRun failed = scans.runNow(scope("broken"), ScanMode.FULL, "TEST", failing).orElseThrow();

        assertThat(failed.state()).isEqualTo(ScanState.FAILED);
        assertThat(failed.lastError()).contains("injected");
        assertThat(count("broken", "MISSING")).isZero();
        assertThat(count("broken", "PRESENT")).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from drift_finding where bucket = 'broken'", Long.class))
                .isZero();
    }

    private static ScanScope scope(String bucket) {
        return new ScanScope("fs-estate", bucket, "");
    }

    private long count(String bucket, String state) {
        return jdbc.queryForObject("select count(*) from catalog_object where bucket = ? and state = ?", Long.class,
                bucket, state);
    }

    private Map<String, Object> objectIds(String bucket) {
        Map<String, Object> ids = new java.util.HashMap<>();
        jdbc.query("select object_key, object_id from catalog_object where bucket = ?",
                rs -> {
                    ids.put(rs.getString(1), rs.getString(2));
                }, bucket);
        return ids;
    }
}
