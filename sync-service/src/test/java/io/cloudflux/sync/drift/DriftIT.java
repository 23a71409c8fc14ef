package io.cloudflux.sync.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.cloudflux.events.Location;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.sync.EmulatedClouds;
import io.cloudflux.sync.Estates;
import io.cloudflux.sync.SyncApplication;
import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.catalog.ObjectState;
import io.cloudflux.sync.clouds.CloudAccounts;
import io.cloudflux.sync.clouds.ScanScope;
import io.cloudflux.sync.scan.ScanMode;
import io.cloudflux.sync.scan.ScanRun;
import io.cloudflux.sync.scan.ScanState;
import io.cloudflux.sync.scan.ScanTestAccess;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Drift on each emulated cloud: an object deleted by hand, one changed by hand, a leftover copy, one moved by hand. */
@RealInfrastructure
@SpringBootTest(properties = {"spring.config.name=" + SyncApplication.NAME, "cloudflux.sync.scan.schedule=false",
        "cloudflux.sync.drift.verify-fraction=1"})
@Import(EmulatedClouds.InMemoryGcs.class)
class DriftIT {

    private static final List<String> BUCKETS = List.of("missing", "changed", "leftover", "copies", "moved",
            "moved-to");

    @DynamicPropertySource
    static void clouds(DynamicPropertyRegistry registry) {
        EmulatedClouds.register(registry, BUCKETS);
    }

    @Autowired
    ScanTestAccess scans;

    @Autowired
    CloudAccounts accounts;

    @Autowired
    CatalogStore catalog;

    @Autowired
    DriftFindings findings;

    @Autowired
    Reconciler reconciler;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {EmulatedClouds.AWS, EmulatedClouds.AZURE, EmulatedClouds.GCP})
    void shouldFindAnObjectDeletedByHandMissingAndKeepItsPlaceInTheCatalog(String account) {
        StorageAdapter cloud = bucket(account, "missing");
        List<String> keys = Estates.seed(cloud, "missing", 6);
        scan(account, "missing");
        Location deleted = cloud.locationOf(new ObjectKey("missing", keys.get(2)));
        cloud.delete(new ObjectKey("missing", keys.get(2)), Precondition.none());

        ScanRun run = scan(account, "missing");

        assertThat(run.objectsMissing()).isEqualTo(1);
        CatalogEntry entry = catalog.findByLocation(deleted).orElseThrow();
        assertThat(entry.state()).isEqualTo(ObjectState.MISSING);
        DriftFinding finding = openFinding(DriftKind.MISSING, deleted);
        assertThat(finding.objectId()).isEqualTo(entry.objectId());
        assertThat(finding.evidence()).containsEntry("headAnswered", "not found").containsKey("catalog");
    }

    @ParameterizedTest
    @ValueSource(strings = {EmulatedClouds.AWS, EmulatedClouds.AZURE, EmulatedClouds.GCP})
    void shouldFindAnObjectChangedByHandAndTakeTheBucketsContentAsTheTruth(String account) {
        StorageAdapter cloud = bucket(account, "changed");
        List<String> keys = Estates.seed(cloud, "changed", 4);
        scan(account, "changed");
        ObjectKey changed = new ObjectKey("changed", keys.get(1));
        CatalogEntry before = catalog.findByLocation(cloud.locationOf(changed)).orElseThrow();
        Estates.put(cloud, "changed", keys.get(1), "rewritten by hand, outside CloudFlux, longer than before");

        ScanRun run = scan(account, "changed");

        assertThat(run.objectsChanged()).isEqualTo(1);
        CatalogEntry after = catalog.find(before.objectId()).orElseThrow();
        assertThat(after.sizeBytes()).isEqualTo(cloud.head(changed).size());
        DriftFinding finding = openFinding(DriftKind.CHANGED, before.location());
        @SuppressWarnings("unchecked")
        Map<String, Object> catalogSide = (Map<String, Object>) finding.evidence().get("catalog");
        @SuppressWarnings("unchecked")
        Map<String, Object> observed = (Map<String, Object>) finding.evidence().get("observed");
        assertThat(((Number) catalogSide.get("sizeBytes")).longValue()).isEqualTo(before.sizeBytes());
        assertThat(((Number) observed.get("sizeBytes")).longValue()).isEqualTo(after.sizeBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {EmulatedClouds.AWS, EmulatedClouds.AZURE, EmulatedClouds.GCP})
    void shouldFindALeftoverCopyAndDeleteItOnlyAfterReadingBothCopiesBackIdentical(String account) {
        StorageAdapter cloud = bucket(account, "leftover");
        bucket(account, "copies");
        String key = "media/video/clip-" + account + ".mp4";
        Estates.put(cloud, "leftover", key, "the bytes of a clip that a migration copied and then failed, in " + account);
        scan(account, "leftover");
        CatalogEntry original = catalog.findByLocation(cloud.locationOf(new ObjectKey("leftover", key))).orElseThrow();
        Estates.put(cloud, "copies", key, "the bytes of a clip that a migration copied and then failed, in " + account);
        Location copy = cloud.locationOf(new ObjectKey("copies", key));

        ScanRun run = scan(account, "copies");

        assertThat(run.leftovers()).isEqualTo(1);
        assertThat(catalog.findByLocation(copy)).isEmpty();
        DriftFinding finding = openFinding(DriftKind.LEFTOVER, copy);
        assertThat(finding.objectId()).isEqualTo(original.objectId());

        RepairOutcome outcome = reconciler.repair(finding, "operator@test");

        assertThat(outcome.repaired()).as(outcome.note()).isTrue();
        assertThatThrownBy(() -> cloud.head(new ObjectKey("copies", key))).isInstanceOf(NotFoundException.class);
        assertThat(cloud.head(new ObjectKey("leftover", key)).size()).isEqualTo(original.sizeBytes());
        assertThat(findings.find(finding.id()).orElseThrow().state()).isEqualTo(FindingState.REPAIRED);
        assertThat(catalog.find(original.objectId()).orElseThrow().location()).isEqualTo(original.location());
    }

    @ParameterizedTest
    @ValueSource(strings = {EmulatedClouds.AWS, EmulatedClouds.AZURE, EmulatedClouds.GCP})
    void shouldRepointTheCatalogToAnObjectMovedByHandOnceItsBytesAreVerified(String account) {
        StorageAdapter cloud = bucket(account, "moved");
        bucket(account, "moved-to");
        String key = "backups/db/nightly-" + account + ".dump";
        Estates.put(cloud, "moved", key, "a nightly dump someone moved to another bucket by hand, in " + account);
        scan(account, "moved");
        CatalogEntry original = catalog.findByLocation(cloud.locationOf(new ObjectKey("moved", key))).orElseThrow();
        Estates.put(cloud, "moved-to", key, "a nightly dump someone moved to another bucket by hand, in " + account);
        cloud.delete(new ObjectKey("moved", key), Precondition.none());
        Location target = cloud.locationOf(new ObjectKey("moved-to", key));

        scan(account, "moved-to");
        scan(account, "moved");

        CatalogEntry now = catalog.find(original.objectId()).orElseThrow();
        assertThat(now.location()).isEqualTo(target);
        assertThat(now.state()).isEqualTo(ObjectState.PRESENT);
        assertThat(catalog.history(original.objectId())).singleElement()
                .satisfies(h -> assertThat(h.reason()).isEqualTo("REPOINTED"));
        assertThat(states(original.location())).containsExactly("RESOLVED");
        assertThat(states(target)).containsExactly("REPAIRED");
    }

    private StorageAdapter bucket(String account, String bucket) {
        StorageAdapter cloud = accounts.adapter(account);
        if (!account.equals(EmulatedClouds.GCP)) {
            cloud.createBucket(bucket);
        }
        return cloud;
    }

    private ScanRun scan(String account, String bucket) {
        ScanRun run = scans.runNow(new ScanScope(account, bucket, ""), ScanMode.FULL);
        assertThat(run.state()).as(run.lastError()).isEqualTo(ScanState.COMPLETED);
        return run;
    }

    private DriftFinding openFinding(DriftKind kind, Location location) {
        Long id = jdbc.queryForObject("select id from drift_finding where kind = ? and location = ? and state = 'OPEN'",
                Long.class, kind.name(), location.toString());
        return findings.find(id).orElseThrow();
    }

    private List<String> states(Location location) {
        return jdbc.queryForList("select state from drift_finding where location = ?", String.class,
                location.toString());
    }
}
