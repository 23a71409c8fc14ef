package io.cloudflux.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A process that dies between two steps of a filesystem commit leaves the previous object or the new one, whole and
 * matching its meta file, for the next process on the same root.
 */
class FilesystemCrashPointsTest {

    @TempDir
    Path root;

    private final ObjectKey key = new ObjectKey("b", "object");
    private final byte[] previous = TestContent.bytes(40_000, 1);
    private final byte[] next = TestContent.bytes(50_000, 2);

    /** Stands for the process dying: nothing after the step runs, and nothing is cleaned up by this process. */
    private static final class Crash extends Error {
        Crash(CommitStep step) {
            super("crashed after " + step);
        }
    }

    @ParameterizedTest
    @EnumSource(CommitStep.class)
    void shouldLeaveTheOldObjectOrTheNewOneWholeAfterACrashAfterAnyStep(CommitStep crashAfter) {
        FilesystemStorageAdapter before = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        before.createBucket("b");
        before.put(key, new ByteArrayInputStream(previous), previous.length, PutOptions.defaults());
        FilesystemStorageAdapter crashing = crashingAfter(crashAfter);

        assertThatThrownBy(() -> crashing.put(key, new ByteArrayInputStream(next), next.length,
                PutOptions.defaults())).isInstanceOf(Crash.class);

        FilesystemStorageAdapter restarted = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] expected = crashAfter.compareTo(CommitStep.COMMITTED) >= 0 ? next : previous;
        assertWhole(restarted, expected);
    }

    @ParameterizedTest
    @EnumSource(value = CommitStep.class, names = {"DATA_DURABLE", "DATA_IN_PLACE", "META_DURABLE"})
    void shouldLeaveNoObjectAfterACrashBeforeTheFirstCommit(CommitStep crashAfter) {
        new FilesystemStorageAdapter(new FilesystemConfig("fs", root)).createBucket("b");
        FilesystemStorageAdapter crashing = crashingAfter(crashAfter);

        assertThatThrownBy(() -> crashing.put(key, new ByteArrayInputStream(next), next.length,
                PutOptions.defaults())).isInstanceOf(Crash.class);

        FilesystemStorageAdapter restarted = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        assertThatThrownBy(() -> restarted.head(key)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldForceEveryStepToDiskBeforeTheObjectBecomesVisibleAndRemoveThePreviousDataLast() {
        List<CommitStep> seen = new ArrayList<>();
        FilesystemStorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root),
                Clock.systemUTC(), seen::add);
        store.createBucket("b");
        store.put(key, new ByteArrayInputStream(previous), previous.length, PutOptions.defaults());
        seen.clear();

        store.put(key, new ByteArrayInputStream(next), next.length, PutOptions.defaults());

        assertThat(seen).containsExactly(CommitStep.values());
    }

    private FilesystemStorageAdapter crashingAfter(CommitStep crashAfter) {
        return new FilesystemStorageAdapter(new FilesystemConfig("fs", root), Clock.systemUTC(), step -> {
            if (step == crashAfter) {
                throw new Crash(step);
            }
        });
    }

    private void assertWhole(FilesystemStorageAdapter store, byte[] expected) {
        ObjectInfo head = store.head(key);
        byte[] read = TestContent.readAll(store, key);
        Checksums ofRead = TestContent.checksumsOf(read);
        assertThat(read).isEqualTo(expected);
        assertThat(head.size()).isEqualTo(expected.length);
        assertThat(head.checksums()).isEqualTo(ofRead);
    }
}
