package io.cloudflux.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.cloudflux.storage.ArchiveState;
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
}
