package io.cloudflux.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.ForwardingAdapter;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.copy.VerifiedCopy;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.RestoreRequest;
import io.cloudflux.storage.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemStorageAdapterTest {

    @TempDir
    Path root;

    @Test
    void shouldRefuseToReadAnArchivedObjectUntilItIsRestored() {
        FilesystemStorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        store.createBucket("b");
        ObjectKey key = new ObjectKey("b", "frozen");
        store.put(key, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, PutOptions.defaults().withStorageClass("ARCHIVE"));

        assertThat(store.head(key).archiveState()).isEqualTo(ArchiveState.ARCHIVED);
        assertThatThrownBy(() -> TestContent.readAll(store, key)).isInstanceOf(PermanentException.class);

        store.restore(key, RestoreRequest.standard());

        assertThat(store.head(key).archiveState()).isEqualTo(ArchiveState.REHYDRATED);
        assertThat(TestContent.readAll(store, key)).containsExactly(1, 2, 3);
    }

    @Test
    void shouldKeepEveryKeyInsideItsBucketDirectory() throws Exception {
        FilesystemStorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        store.createBucket("b");

        for (String key : new String[] {"../escape", "./.", "..", "a/../../b", "x".repeat(400)}) {
            store.put(new ObjectKey("b", key), new ByteArrayInputStream(new byte[] {9}), 1, PutOptions.defaults());
            assertThat(store.head(new ObjectKey("b", key)).key().key()).isEqualTo(key);
        }

        try (Stream<Path> top = Files.list(root)) {
            assertThat(top).containsExactly(root.resolve("b"));
        }
        assertThat(store.listAll("b", "")).hasSize(5);
    }

    @Test
    void shouldLeaveNoTemporaryFilesBehindAfterAFailedPut() throws Exception {
        FilesystemStorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        store.createBucket("b");

        assertThatThrownBy(() -> store.put(new ObjectKey("b", "short"), new ByteArrayInputStream(new byte[5]), 10,
                PutOptions.defaults()));

        try (Stream<Path> files = Files.walk(root.resolve("b")).filter(Files::isRegularFile)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void shouldNotTakeTheChecksumsItComputedOnTheWayInForProofOfWhatIsOnDisk() throws Exception {
        FilesystemStorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        store.createBucket("b");
        byte[] bytes = TestContent.bytes(50_000, 3);
        ObjectKey source = new ObjectKey("b", "source");
        store.put(source, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());
        // A disk that kept other bytes than it was given, same length: only a read of the file can tell.
        StorageAdapter rotting = new ForwardingAdapter(store) {
            @Override
            public PutResult put(ObjectKey key, java.io.InputStream content, long length, PutOptions options) {
                PutResult written = super.put(key, content, length, options);
                flipOneByteOnDisk(key);
                return written;
            }
        };

        assertThatThrownBy(() -> new VerifiedCopy().copy(store, source, rotting, new ObjectKey("b", "target"),
                PutOptions.defaults())).isInstanceOf(ChecksumMismatchException.class);
    }

    private void flipOneByteOnDisk(ObjectKey key) {
        try (Stream<Path> files = Files.list(root.resolve(key.bucket()))) {
            Path data = files.filter(f -> f.getFileName().toString().startsWith(key.key() + ".")
                    && f.getFileName().toString().endsWith(".data")).findFirst().orElseThrow();
            byte[] onDisk = Files.readAllBytes(data);
            onDisk[onDisk.length / 2] ^= 0x5a;
            Files.write(data, onDisk);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
