package io.cloudflux.storage.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.TestContent;
import io.cloudflux.storage.copy.VerifiedCopy;
import io.cloudflux.storage.filesystem.FilesystemConfig;
import io.cloudflux.storage.filesystem.FilesystemStorageAdapter;
import io.cloudflux.storage.retry.Retrier;
import io.cloudflux.storage.retry.RetryPolicy;
import io.cloudflux.storage.retry.RetryingStorageAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultInjectingStorageAdapterTest {

    private static final FaultPlan STORMY = new FaultPlan(0.2, 0.2, 0.2, 0.2, Duration.ofMillis(2));
    private static final RetryPolicy FAST = new RetryPolicy(200, Duration.ZERO, Duration.ofMillis(1),
            Duration.ofSeconds(30));

    @TempDir
    Path root;

    private StorageAdapter store;
    private final ObjectKey source = new ObjectKey("bucket", "source");
    private final byte[] bytes = TestContent.bytes(300_000, 1);

    @BeforeEach
    void storeOneObject() {
        store = new FilesystemStorageAdapter(new FilesystemConfig("faults", root));
        store.createBucket("bucket");
        store.put(source, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());
    }

    @Test
    void shouldInjectTheSameFaultsForTheSameSeed() {
        assertThat(outcomes(7)).isEqualTo(outcomes(7)).isNotEqualTo(outcomes(8));
    }

    private List<String> outcomes(long seed) {
        FaultInjectingStorageAdapter faulty = new FaultInjectingStorageAdapter(store, STORMY, seed, d -> { });
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            try {
                faulty.head(source);
                outcomes.add("ok");
            }
            catch (StorageException e) {
                outcomes.add(e.getClass().getSimpleName());
            }
        }
        return outcomes;
    }

    @Test
    void shouldLetTheRetryingAdapterRideOutThrottlingAndTransientErrors() {
        FaultInjectingStorageAdapter faulty = new FaultInjectingStorageAdapter(store, STORMY, 3);
        StorageAdapter retrying = new RetryingStorageAdapter(faulty, Retrier.of(FAST));

        for (int i = 0; i < 50; i++) {
            assertThat(retrying.head(source).size()).isEqualTo(bytes.length);
        }

        assertThat(faulty.injectedFaults()).isPositive();
    }

    @Test
    void shouldEndWithAnExactCopyWhenEveryFaultIsRetriedThroughOneRetrier() {
        FaultInjectingStorageAdapter faulty = new FaultInjectingStorageAdapter(store, STORMY, 11);
        Retrier retrier = Retrier.of(FAST);
        // The targets are this test's own: a retry replaces what a failed attempt left.
        VerifiedCopy copier = new VerifiedCopy(VerifiedCopy.Policy.DEFAULT.withOverwrite());

        for (int i = 0; i < 10; i++) {
            ObjectKey target = new ObjectKey("bucket", "copy-" + i);
            retrier.call("copy " + i, () -> copier.copy(faulty, source, faulty, target, PutOptions.defaults()));
            assertThat(TestContent.readAll(store, target)).isEqualTo(bytes);
        }

        assertThat(faulty.injectedFaults()).isGreaterThan(5);
    }

    @Test
    void shouldDelayOperationsWithinTheMaximumLatency() {
        List<Duration> delays = new ArrayList<>();
        FaultInjectingStorageAdapter slow = new FaultInjectingStorageAdapter(store,
                FaultPlan.NONE.withMaxLatency(Duration.ofMillis(50)), new SplittableRandom(5).nextLong(), delays::add);

        for (int i = 0; i < 20; i++) {
            slow.head(source);
        }

        assertThat(delays).hasSize(20).allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(50)));
    }
}
