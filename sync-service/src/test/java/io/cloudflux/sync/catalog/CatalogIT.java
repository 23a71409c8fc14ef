package io.cloudflux.sync.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.CloudFluxEvent;
import io.cloudflux.events.Location;
import io.cloudflux.events.ObjectLocated;
import io.cloudflux.events.ObjectObserved;
import io.cloudflux.events.Topics;
import io.cloudflux.sync.SyncApplication;
import io.cloudflux.sync.TopicReader;
import io.cloudflux.testsupport.Infrastructure;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@RealInfrastructure
@SpringBootTest(properties = "spring.config.name=" + SyncApplication.NAME)
class CatalogIT {

    private static final Checksums CONTENT = new Checksums("9e107d9d372bb6826bd81d3542a419d6", null, null);

    @Autowired
    CatalogStore store;

    @Autowired
    LocationSwitcher switcher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldLetExactlyOneOfManyConcurrentMoversSwitchAnObject() throws Exception {
        Location source = Location.s3("cas-source", "media/clip.mp4");
        CatalogEntry entry = catalog(source);
        int movers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(movers);
        List<Future<SwitchOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < movers; i++) {
            Location target = Location.azure("devstoreaccount1", "cas-target", "media/clip-" + i + ".mp4");
            outcomes.add(pool.submit(() -> {
                start.await();
                return switcher.switchLocation(move(entry.objectId(), source, target));
            }));
        }
        start.countDown();
        List<SwitchOutcome> results = new ArrayList<>();
        for (Future<SwitchOutcome> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        List<SwitchOutcome.Switched> winners = results.stream().filter(SwitchOutcome.Switched.class::isInstance)
                .map(SwitchOutcome.Switched.class::cast).toList();
        assertThat(winners).hasSize(1);
        assertThat(results).filteredOn(SwitchOutcome.NotAtExpected.class::isInstance).hasSize(movers - 1);
        Location won = winners.get(0).entry().location();
        assertThat(store.find(entry.objectId()).orElseThrow().location()).isEqualTo(won);
        assertThat(store.history(entry.objectId())).singleElement()
                .satisfies(h -> assertThat(h.location()).isEqualTo(source));
        assertThat(store.findByLocation(source)).isEmpty();
    }

    @Test
    void shouldRefuseToSwitchAnObjectOntoALocationAnotherObjectHas() {
        CatalogEntry first = catalog(Location.s3("taken", "a"));
        CatalogEntry second = catalog(Location.s3("taken", "b"));

        SwitchOutcome outcome = switcher.switchLocation(move(first.objectId(), first.location(), second.location()));

        assertThat(outcome).isEqualTo(new SwitchOutcome.TargetTaken(second.objectId()));
        assertThat(store.find(first.objectId()).orElseThrow().location()).isEqualTo(first.location());
    }

    @Test
    void shouldMirrorEveryCatalogChangeOnTheCatalogTopicInOrderThroughTheOutbox(Infrastructure infrastructure) {
        Location first = Location.s3("mirror", "backups/db.dump");
        Location second = Location.gcs("mirror-archive", "backups/db.dump");
        Location third = Location.azure("devstoreaccount1", "mirror-cold", "backups/db.dump");
        CatalogEntry entry = catalog(first);
        assertThat(switcher.switchLocation(move(entry.objectId(), first, second)))
                .isInstanceOf(SwitchOutcome.Switched.class);
        assertThat(switcher.switchLocation(move(entry.objectId(), second, third)))
                .isInstanceOf(SwitchOutcome.Switched.class);

        List<CloudFluxEvent> located = TopicReader.read(infrastructure.kafkaBootstrapServers(), Topics.CATALOG,
                List.of(entry.objectId()), events -> events.size() >= 3);
        assertThat(located).map(e -> ((ObjectLocated) e).location()).containsExactly(first, second, third);
        assertThat(located).map(e -> ((ObjectLocated) e).previousLocation()).containsExactly(null, first, second);
        List<CloudFluxEvent> observed = TopicReader.read(infrastructure.kafkaBootstrapServers(), Topics.INVENTORY,
                List.of(entry.objectId()), events -> events.size() >= 3);
        assertThat(observed).allSatisfy(e -> assertThat(e).isInstanceOf(ObjectObserved.class));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select count(*) from outbox where message_key = ?", Long.class, entry.objectId()))
                .isZero());
    }

    private CatalogEntry catalog(Location location) {
        Observation seen = new Observation("test-account", location, 1234, "STANDARD", "etag-1", null, CONTENT,
                Instant.parse("2025-01-01T00:00:00Z"));
        return transactions.execute(status -> store.insertNew(List.of(seen))).get(0);
    }

    private static LocationSwitch move(String objectId, Location from, Location to) {
        return new LocationSwitch(objectId, from, to, "test-account", 1234, "Cool", "etag-2", null, CONTENT,
                Instant.parse("2025-02-01T00:00:00Z"), "MIGRATED", "job-1");
    }
}
