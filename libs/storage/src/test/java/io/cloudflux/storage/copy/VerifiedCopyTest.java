package io.cloudflux.storage.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TestContent;
import io.cloudflux.storage.faults.FaultInjectingStorageAdapter;
import io.cloudflux.storage.faults.FaultPlan;
import io.cloudflux.storage.filesystem.FilesystemConfig;
import io.cloudflux.storage.filesystem.FilesystemStorageAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a copy proves the source when the target's put computed no MD5 (as an S3 single PUT now does). */
class VerifiedCopyTest {

    @TempDir
    Path root;

    @Test
    void shouldProveAnMd5OnlySourceAgainstTheMd5TheTargetsProviderComputed() {
        StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] bytes = TestContent.bytes(70_000, 1);
        ObjectInfo source = md5Only(putSource(store, bytes));

        VerifiedCopy.Result result = new VerifiedCopy().copy(store, source, withoutMd5InPut(store),
                new ObjectKey("b", "target"), PutOptions.defaults());

        assertThat(result.proof()).isEqualTo(Proof.PUT_RESPONSE);
        assertThat(result.checksums().md5()).isNull();
        assertThat(TestContent.readAll(store, new ObjectKey("b", "target"))).isEqualTo(bytes);
    }

    @Test
    void shouldFailWhenTheSourcesMd5DisagreesEvenThoughThePutComputedNoMd5() {
        StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] bytes = TestContent.bytes(70_000, 2);
        ObjectInfo source = putSource(store, bytes);
        String otherMd5 = TestContent.checksumsOf(TestContent.bytes(70_000, 3)).md5();
        ObjectInfo lying = withChecksums(source, new Checksums(otherMd5, null, null));

        assertThatThrownBy(() -> new VerifiedCopy().copy(store, lying, withoutMd5InPut(store),
                new ObjectKey("b", "target"), PutOptions.defaults())).isInstanceOf(ChecksumMismatchException.class);
    }

    @Test
    void shouldReadTheTargetBackThroughMd5WhenNeitherThePutNorTheTargetKnowsTheSourcesMd5() {
        StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] bytes = TestContent.bytes(70_000, 4);
        ObjectInfo source = md5Only(putSource(store, bytes));

        VerifiedCopy.Result result = new VerifiedCopy().copy(store, source, crc32cOnly(store),
                new ObjectKey("b", "target"), PutOptions.defaults());

        assertThat(result.written().size()).isEqualTo(bytes.length);
        assertThat(TestContent.readAll(store, new ObjectKey("b", "target"))).isEqualTo(bytes);
    }

    @Test
    void shouldFailWhenTheTargetReadBackDisagreesWithTheSourcesMd5() {
        StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] bytes = TestContent.bytes(70_000, 5);
        ObjectInfo source = putSource(store, bytes);
        String otherMd5 = TestContent.checksumsOf(TestContent.bytes(70_000, 6)).md5();
        ObjectInfo lying = withChecksums(source, new Checksums(otherMd5, null, null));

        assertThatThrownBy(() -> new VerifiedCopy().copy(store, lying, crc32cOnly(store),
                new ObjectKey("b", "target"), PutOptions.defaults())).isInstanceOf(ChecksumMismatchException.class);
    }

    @Test
    void shouldSayTheSourceLinkIsNotProvenWhenTheSourceKeepsNoChecksum() {
        StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] bytes = TestContent.bytes(70_000, 7);
        ObjectInfo bare = withChecksums(putSource(store, bytes), Checksums.NONE);

        VerifiedCopy.Result result = new VerifiedCopy().copy(store, bare, store, new ObjectKey("b", "target"),
                PutOptions.defaults());

        assertThat(result.links()).containsEntry(Link.SOURCE, Proof.NOT_PROVEN)
                .containsEntry(Link.TRANSFER, Proof.STREAM_CRC32C)
                .containsEntry(Link.TARGET, Proof.TARGET_READ_BACK);
        assertThat(result.verified()).isFalse();
    }

    @Test
    void shouldReadTheSourceAgainWhenEveryLinkIsRequiredAndItKeepsNoChecksum() {
        StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] bytes = TestContent.bytes(70_000, 8);
        ObjectInfo bare = withChecksums(putSource(store, bytes), Checksums.NONE);

        VerifiedCopy.Result result = new VerifiedCopy(VerifiedCopy.Policy.DEFAULT.withEveryLinkRequired())
                .copy(store, bare, store, new ObjectKey("b", "target"), PutOptions.defaults());

        assertThat(result.links()).containsEntry(Link.SOURCE, Proof.SOURCE_READ_BACK);
        assertThat(result.verified()).isTrue();
    }

    @Test
    void shouldFailWhenEveryLinkIsRequiredAndTheSourceReadsDifferentlyTwice() {
        StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] bytes = TestContent.bytes(70_000, 9);
        ObjectInfo bare = withChecksums(putSource(store, bytes), Checksums.NONE);
        StorageAdapter flipping = new FaultInjectingStorageAdapter(store, FaultPlan.NONE.withCorruptOnRead(0.5), 4);

        assertThatThrownBy(() -> {
            for (int i = 0; i < 8; i++) {
                new VerifiedCopy(VerifiedCopy.Policy.DEFAULT.withEveryLinkRequired().withOverwrite())
                        .copy(flipping, bare, store, new ObjectKey("b", "target"), PutOptions.defaults());
            }
        }).isInstanceOf(ChecksumMismatchException.class);
    }

    @Test
    void shouldProveASourceThatKeepsOnlySha256ByReadingTheTargetBackThroughSha256() throws Exception {
        StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs", root));
        byte[] bytes = TestContent.bytes(70_000, 10);
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        ObjectInfo shaOnly = withChecksums(putSource(store, bytes), new Checksums(null, null, sha256));

        VerifiedCopy.Result result = new VerifiedCopy().copy(store, shaOnly, store, new ObjectKey("b", "target"),
                PutOptions.defaults());

        assertThat(result.links()).containsEntry(Link.SOURCE, Proof.TARGET_READ_BACK);
        assertThat(result.verified()).isTrue();
        ObjectInfo wrongSha = withChecksums(shaOnly, new Checksums(null, null, "0".repeat(64)));
        assertThatThrownBy(() -> new VerifiedCopy().copy(store, wrongSha, store, new ObjectKey("b", "target-2"),
                PutOptions.defaults())).isInstanceOf(ChecksumMismatchException.class);
    }

    private static ObjectInfo putSource(StorageAdapter store, byte[] bytes) {
        store.createBucket("a");
        store.createBucket("b");
        ObjectKey key = new ObjectKey("a", "source");
        store.put(key, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());
        return store.head(key);
    }

    private static ObjectInfo md5Only(ObjectInfo info) {
        return withChecksums(info, new Checksums(info.checksums().md5(), null, null));
    }

    private static ObjectInfo withChecksums(ObjectInfo info, Checksums checksums) {
        return info.withChecksums(checksums);
    }

    /** The put computes CRC32C only, while the provider still reports the MD5 it stores (an S3 single PUT). */
    private static StorageAdapter withoutMd5InPut(StorageAdapter delegate) {
        return rewriting(delegate, false);
    }

    /** The put computes CRC32C only and the provider reports and keeps no MD5 at all. */
    private static StorageAdapter crc32cOnly(StorageAdapter delegate) {
        return rewriting(delegate, true);
    }

    private static StorageAdapter rewriting(StorageAdapter delegate, boolean hideStoredMd5) {
        return (StorageAdapter) Proxy.newProxyInstance(StorageAdapter.class.getClassLoader(),
                new Class<?>[] {StorageAdapter.class}, (proxy, method, args) -> {
                    Object answer;
                    try {
                        answer = method.invoke(delegate, args);
                    }
                    catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (answer instanceof PutResult p) {
                        // As a provider that computed MD5 and CRC32C over what it stored would answer.
                        return new PutResult(p.key(), p.size(), p.etag(), p.version(), crcOnly(p.checksums()),
                                p.parts(), hideStoredMd5 ? crcOnly(p.checksums()) : p.checksums());
                    }
                    if (answer instanceof ObjectInfo i && hideStoredMd5) {
                        return withChecksums(i, crcOnly(i.checksums()));
                    }
                    return answer;
                });
    }

    private static Checksums crcOnly(Checksums c) {
        return new Checksums(null, c.crc32c(), c.sha256());
    }
}
