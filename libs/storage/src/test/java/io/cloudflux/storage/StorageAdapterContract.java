package io.cloudflux.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.copy.ChecksumMatch;
import io.cloudflux.storage.copy.VerifiedCopy;
import io.cloudflux.storage.faults.FaultInjectingStorageAdapter;
import io.cloudflux.storage.faults.FaultPlan;
import io.cloudflux.storage.retry.Retrier;
import io.cloudflux.storage.retry.RetryPolicy;
import io.cloudflux.storage.retry.RetryingStorageAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every {@link StorageAdapter} keeps, run against each adapter on its emulator (or, for the
 * filesystem, a temporary folder). A subclass says how to build its adapter and which points its server cannot
 * check; everything else is the same test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StorageAdapterContract {

    private StorageAdapter adapter;
    private String bucket;
    private String prefix;

    /** The adapter under test, on the given transfer settings. */
    protected abstract StorageAdapter createAdapter(TransferSettings transfer);

    /** Small enough to keep the suite fast, within what the provider accepts (S3 parts are at least 5 MiB). */
    protected TransferSettings transfer() {
        return new TransferSettings(256 * 1024, 256 * 1024);
    }

    /** Whether a put above the threshold shows as several parts. */
    protected boolean uploadsInParts() {
        return true;
    }

    /** The bucket's default class and a colder one the adapter accepts at upload and as a change. */
    protected abstract String defaultClass();

    protected abstract String colderClass();

    /** What the server under test does not do as the real provider does; the points it cannot check. */
    public enum ServerGap {
        /** An object written in chunks gets no MD5 or CRC32C of its own. */
        NO_CHECKSUMS_ON_CHUNKED_UPLOADS,
        /** Generation and ETag preconditions are ignored. */
        NO_PRECONDITIONS,
        /** A listing comes back in one page whatever the page size. */
        NO_PAGING,
        /** An upload abandoned half-way is visible as an object. */
        ABANDONED_UPLOADS_VISIBLE,
        /** Aborting a multipart upload deletes the object already committed at its key (S3Mock 5.2.0). */
        ABORT_REMOVES_COMMITTED_OBJECT
    }

    /** The gaps of the server under test: none for a faithful emulator. */
    protected java.util.Set<ServerGap> gaps() {
        return java.util.Set.of();
    }

    private void assumeServerChecks(ServerGap gap) {
        assumeThat(gaps()).as("the server under test cannot check this: " + gap).doesNotContain(gap);
    }

    /** Creates the test's bucket; a server whose buckets exist implicitly skips it. */
    protected void createBucket(StorageAdapter adapter, String bucket) {
        adapter.createBucket(bucket);
    }

    @BeforeAll
    void startAdapter() {
        adapter = createAdapter(transfer());
        bucket = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        createBucket(adapter, bucket);
    }

    @AfterAll
    void closeAdapter() {
        adapter.close();
    }

    protected StorageAdapter adapter() {
        return adapter;
    }

    private ObjectKey key(TestInfo test, String name) {
        if (prefix == null || !prefix.startsWith(test.getTestMethod().orElseThrow().getName())) {
            prefix = test.getTestMethod().orElseThrow().getName() + "/";
        }
        return new ObjectKey(bucket, prefix + name);
    }

    private PutResult put(ObjectKey key, byte[] bytes) {
        return adapter.put(key, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults());
    }

    /**
     * A put always computes the CRC32C of what it streamed; MD5 only where its provider needs it (an S3 single PUT
     * leaves it to S3, whose ETag is the MD5 it computed); whatever it computed is right.
     */
    private static void assertComputedWhileStreaming(Checksums computed, byte[] bytes) {
        Checksums expected = TestContent.checksumsOf(bytes);
        assertThat(computed.crc32c()).isEqualTo(expected.crc32c());
        assertThat(ChecksumMatch.of(computed, expected)).isEqualTo(ChecksumMatch.MATCH);
    }

    private void assertStoredExactly(ObjectKey key, byte[] bytes) {
        ObjectInfo info = adapter.head(key);
        assertThat(info.size()).isEqualTo(bytes.length);
        assertThat(TestContent.readAll(adapter, key)).isEqualTo(bytes);
        ChecksumMatch match = ChecksumMatch.of(info.checksums(), TestContent.checksumsOf(bytes));
        if (gaps().contains(ServerGap.NO_CHECKSUMS_ON_CHUNKED_UPLOADS)) {
            assertThat(match).isNotEqualTo(ChecksumMatch.MISMATCH);
        }
        else {
            assertThat(match).isEqualTo(ChecksumMatch.MATCH);
        }
    }

    @Test
    void shouldStoreAndReadBackAZeroByteObject(TestInfo test) {
        ObjectKey key = key(test, "empty");

        PutResult result = put(key, new byte[0]);

        assertThat(result.size()).isZero();
        assertStoredExactly(key, new byte[0]);
    }

    @Test
    void shouldWriteAnObjectExactlyAtTheMultipartThresholdInOneRequest(TestInfo test) {
        byte[] bytes = TestContent.bytes((int) transfer().multipartThreshold(), 1);
        ObjectKey key = key(test, "at-threshold");

        PutResult result = put(key, bytes);

        assertThat(result.parts()).isEqualTo(1);
        assertComputedWhileStreaming(result.checksums(), bytes);
        assertStoredExactly(key, bytes);
    }

    @Test
    void shouldWriteAnObjectOneByteOverTheThresholdAsAMultipartUpload(TestInfo test) {
        byte[] bytes = TestContent.bytes((int) transfer().multipartThreshold() + 1, 2);
        ObjectKey key = key(test, "over-threshold");

        PutResult result = put(key, bytes);

        if (uploadsInParts()) {
            assertThat(result.parts()).isGreaterThanOrEqualTo(2);
        }
        assertStoredExactly(key, bytes);
    }

    @Test
    void shouldStreamAnObjectOfAtLeastThreePartsFromASourceOfUnknownLength(TestInfo test) {
        byte[] bytes = TestContent.bytes(2 * transfer().partSize() + 1234, 3);
        ObjectKey key = key(test, "three-parts");

        PutResult result = adapter.put(key, TestContent.ofUnknownLength(bytes), StorageAdapter.UNKNOWN_LENGTH,
                PutOptions.defaults());

        if (uploadsInParts()) {
            assertThat(result.parts()).isGreaterThanOrEqualTo(3);
        }
        assertThat(result.size()).isEqualTo(bytes.length);
        assertStoredExactly(key, bytes);
    }

    @Test
    void shouldReadAByteRange(TestInfo test) {
        byte[] bytes = TestContent.bytes(10_000, 4);
        ObjectKey key = key(test, "ranged");
        put(key, bytes);

        byte[] middle = TestContent.readAll(adapter, key, ByteRange.of(1000, 500));
        byte[] tail = TestContent.readAll(adapter, key, ByteRange.from(9_990));

        assertThat(middle).isEqualTo(java.util.Arrays.copyOfRange(bytes, 1000, 1500));
        assertThat(tail).isEqualTo(java.util.Arrays.copyOfRange(bytes, 9_990, 10_000));
    }

    @Test
    void shouldKeepUnicodeSpacesAndSlashesInKeys(TestInfo test) {
        List<String> names = List.of("plain", "with space/and slash", "ünïcødé ✓/日本語 ファイル", "a/b/c/d.txt",
                "percent%20and+plus");
        for (String name : names) {
            put(key(test, name), name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        List<String> listed = adapter.listAll(bucket, key(test, "").key()).map(o -> o.key().key()).toList();

        assertThat(listed).containsExactlyInAnyOrderElementsOf(names.stream().map(n -> key(test, n).key()).toList());
        for (String name : names) {
            assertThat(TestContent.readAll(adapter, key(test, name)))
                    .isEqualTo(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldListByPrefixOverSeveralPagesInKeyOrder(TestInfo test) {
        assumeServerChecks(ServerGap.NO_PAGING);
        List<String> keys = IntStream.range(0, 11).mapToObj(i -> key(test, "in/item-" + (100 + i)).key()).toList();
        keys.forEach(k -> put(new ObjectKey(bucket, k), new byte[] {1}));
        put(key(test, "out/not-listed"), new byte[] {2});

        List<String> paged = new ArrayList<>();
        int pages = 0;
        String token = null;
        do {
            ListPage page = adapter.list(bucket, key(test, "in/").key(), token, 4);
            page.objects().forEach(o -> paged.add(o.key().key()));
            token = page.nextPageToken();
            pages++;
        } while (token != null);

        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(paged).containsExactlyElementsOf(keys);
        assertThat(adapter.listAll(bucket, key(test, "in/").key()).map(o -> o.key().key())).containsExactlyElementsOf(keys);
    }

    @Test
    void shouldReportAMissingObjectAsNotFound(TestInfo test) {
        ObjectKey missing = key(test, "never-written");

        assertThatThrownBy(() -> adapter.head(missing)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestContent.readAll(adapter, missing)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> adapter.head(new ObjectKey("no-such-bucket-" + bucket, "x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldRefuseToDeleteAnObjectThatChangedUnderneath(TestInfo test) {
        assumeServerChecks(ServerGap.NO_PRECONDITIONS);
        ObjectKey key = key(test, "guarded");
        put(key, TestContent.bytes(100, 5));
        ObjectInfo seen = adapter.head(key);
        byte[] newer = TestContent.bytes(100, 6);
        put(key, newer);

        assertThatThrownBy(() -> adapter.delete(key, Precondition.matching(seen)))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(TestContent.readAll(adapter, key)).isEqualTo(newer);

        adapter.delete(key, Precondition.matching(adapter.head(key)));
        assertThatThrownBy(() -> adapter.head(key)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldRefuseToReadAnObjectThatChangedSinceItWasSeen(TestInfo test) {
        assumeServerChecks(ServerGap.NO_PRECONDITIONS);
        ObjectKey key = key(test, "moving");
        put(key, TestContent.bytes(100, 17));
        ObjectInfo seen = adapter.head(key);
        byte[] newer = TestContent.bytes(100, 18);
        put(key, newer);

        assertThatThrownBy(() -> adapter.get(key, ByteRange.ALL, Precondition.matching(seen)).close())
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(TestContent.readAll(adapter, key)).isEqualTo(newer);
    }

    @Test
    void shouldFailAPutWhoseSourceEndsEarlyAndLeaveNoObject(TestInfo test) {
        byte[] small = TestContent.bytes(1000, 7);
        byte[] large = TestContent.bytes(2 * transfer().partSize() + 10, 8);
        ObjectKey smallKey = key(test, "short-small");
        ObjectKey largeKey = key(test, "short-large");

        assertThatThrownBy(() -> adapter.put(smallKey, new ByteArrayInputStream(small, 0, 600), small.length,
                PutOptions.defaults())).isInstanceOf(TransientException.class);
        assertThatThrownBy(() -> adapter.put(largeKey, new ByteArrayInputStream(large, 0, large.length - 5),
                large.length, PutOptions.defaults())).isInstanceOf(TransientException.class);

        assertThatThrownBy(() -> adapter.head(smallKey)).isInstanceOf(NotFoundException.class);
        assumeServerChecks(ServerGap.ABANDONED_UPLOADS_VISIBLE);
        assertThatThrownBy(() -> adapter.head(largeKey)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldRefuseASourceLongerThanAnnounced(TestInfo test) {
        byte[] bytes = TestContent.bytes(1000, 9);
        ObjectKey key = key(test, "long");

        assertThatThrownBy(() -> adapter.put(key, new ByteArrayInputStream(bytes), 900, PutOptions.defaults()))
                .isInstanceOf(PermanentException.class);
        assertThatThrownBy(() -> adapter.head(key)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldCopyInsideTheAccountSmallAndMultipartObjects(TestInfo test) {
        byte[] small = TestContent.bytes(5000, 10);
        byte[] large = TestContent.bytes(2 * transfer().partSize() + 77, 11);
        put(key(test, "small"), small);
        put(key(test, "large"), large);

        ObjectInfo smallCopy = adapter.copy(key(test, "small"), key(test, "small-copy"), null);
        ObjectInfo largeCopy = adapter.copy(key(test, "large"), key(test, "large-copy"), null);

        assertThat(smallCopy.size()).isEqualTo(small.length);
        assertThat(largeCopy.size()).isEqualTo(large.length);
        assertThat(TestContent.readAll(adapter, key(test, "small-copy"))).isEqualTo(small);
        assertThat(TestContent.readAll(adapter, key(test, "large-copy"))).isEqualTo(large);
    }

    @Test
    void shouldWriteInAChosenClassAndChangeClassInPlace(TestInfo test) {
        byte[] bytes = TestContent.bytes(3000, 12);
        ObjectKey key = key(test, "classy");
        adapter.put(key, new ByteArrayInputStream(bytes), bytes.length,
                PutOptions.defaults().withStorageClass(colderClass()));
        assertThat(adapter.head(key).storageClass()).isEqualToIgnoringCase(colderClass());

        adapter.changeStorageClass(key, defaultClass());

        assertThat(adapter.head(key).storageClass()).isEqualToIgnoringCase(defaultClass());
        assertThat(TestContent.readAll(adapter, key)).isEqualTo(bytes);
    }

    @Test
    void shouldCopyToAnotherAdapterAndProveItByChecksum(TestInfo test) {
        byte[] bytes = TestContent.bytes(2 * transfer().partSize() + 5, 13);
        put(key(test, "source"), bytes);

        VerifiedCopy.Result result = new VerifiedCopy().copy(adapter, key(test, "source"), adapter,
                key(test, "target"), PutOptions.defaults());

        assertComputedWhileStreaming(result.checksums(), bytes);
        assertThat(TestContent.readAll(adapter, key(test, "target"))).isEqualTo(bytes);
    }

    @Test
    void shouldDetectACorruptedCopyByChecksum(TestInfo test) {
        byte[] bytes = TestContent.bytes(transfer().partSize() + 99, 14);
        put(key(test, "source"), bytes);
        FaultInjectingStorageAdapter corrupting = new FaultInjectingStorageAdapter(adapter,
                FaultPlan.NONE.withCorruptWrite(1.0), 42);

        assertThatThrownBy(() -> new VerifiedCopy().copy(adapter, key(test, "source"), corrupting,
                key(test, "target"), PutOptions.defaults())).isInstanceOf(ChecksumMismatchException.class);
        assertThat(corrupting.injectedFaults()).isEqualTo(1);
    }

    @Test
    void shouldFailACopyWhoseSourceStreamEndsEarly(TestInfo test) {
        byte[] bytes = TestContent.bytes(transfer().partSize() + 99, 15);
        put(key(test, "source"), bytes);
        FaultInjectingStorageAdapter truncating = new FaultInjectingStorageAdapter(adapter,
                FaultPlan.NONE.withEarlyEnd(1.0), 7);

        assertThatThrownBy(() -> new VerifiedCopy().copy(truncating, key(test, "source"), adapter,
                key(test, "target"), PutOptions.defaults())).isInstanceOf(TransientException.class);
        assumeServerChecks(ServerGap.ABANDONED_UPLOADS_VISIBLE);
        assertThatThrownBy(() -> adapter.head(key(test, "target"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldReportChecksumsItKeepsThatMatchTheBytes(TestInfo test) {
        byte[] bytes = TestContent.bytes(4321, 16);
        ObjectKey key = key(test, "summed");
        put(key, bytes);

        Checksums reported = adapter.head(key).checksums();

        assertThat(ChecksumMatch.of(reported, TestContent.checksumsOf(bytes))).isEqualTo(ChecksumMatch.MATCH);
    }

    @Test
    void shouldAnswerAGuardedDeleteWhoseFirstAttemptSucceededUnseenWithNotFound(TestInfo test) {
        // A server without generations or ETags gives nothing to guard a delete with.
        assumeServerChecks(ServerGap.NO_PRECONDITIONS);
        ObjectKey key = key(test, "deleted-twice");
        put(key, TestContent.bytes(100, 19));
        ObjectInfo seen = adapter.head(key);
        FaultInjectingStorageAdapter losingAnswers = new FaultInjectingStorageAdapter(adapter,
                FaultPlan.NONE.withLostResponse(1.0), 3);
        StorageAdapter retrying = new RetryingStorageAdapter(losingAnswers, Retrier.of(new RetryPolicy(3,
                java.time.Duration.ZERO, java.time.Duration.ofMillis(1), java.time.Duration.ofSeconds(30))));

        // "Already deleted" is not "changed underneath": a caller that restores on the latter must not here.
        assertThatThrownBy(() -> retrying.delete(key, Precondition.matching(seen)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> adapter.head(key)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldNeverOverwriteAnObjectAlreadyAtTheTargetOfAVerifiedCopy(TestInfo test) {
        assumeServerChecks(ServerGap.NO_PRECONDITIONS);
        byte[] existing = TestContent.bytes(2000, 20);
        put(key(test, "source"), TestContent.bytes(3000, 21));
        put(key(test, "target"), existing);

        assertThatThrownBy(() -> new VerifiedCopy().copy(adapter, key(test, "source"), adapter, key(test, "target"),
                PutOptions.defaults())).isInstanceOf(PreconditionFailedException.class);
        assertThat(TestContent.readAll(adapter, key(test, "target"))).isEqualTo(existing);
    }

    @Test
    void shouldNeverReportAVerifiedCopyWhoseTargetHoldsASecondWritersBytes(TestInfo test) {
        byte[] bytes = TestContent.bytes(3 * transfer().partSize() + 17, 22);
        put(key(test, "source"), bytes);
        FaultInjectingStorageAdapter interleaved = new FaultInjectingStorageAdapter(adapter,
                FaultPlan.NONE.withSecondWriter(1.0), 5);

        boolean reportedVerified;
        try {
            new VerifiedCopy().copy(adapter, key(test, "source"), interleaved, key(test, "target"),
                    PutOptions.defaults());
            reportedVerified = true;
        }
        catch (StorageException e) {
            reportedVerified = false;
        }

        assertThat(interleaved.injectedFaults()).isEqualTo(1);
        if (reportedVerified) {
            assertThat(TestContent.readAll(adapter, key(test, "target"))).isEqualTo(bytes);
        }
        else if (!gaps().contains(ServerGap.ABORT_REMOVES_COMMITTED_OBJECT)) {
            // The second writer's object stays: the copy failed rather than overwrite it.
            assertThat(TestContent.readAll(adapter, key(test, "target"))).isNotEqualTo(bytes);
        }
        if (!gaps().contains(ServerGap.NO_PRECONDITIONS)) {
            assertThat(reportedVerified).as("a copy that must find nothing at its target fails").isFalse();
        }
    }

    @Test
    void shouldCarryContentTypeEncodingAndMetadataThroughPutsCopiesClassChangesAndVerifiedCopies(TestInfo test) {
        // Above one part, so that the GCS fake takes the resumable path, on which it accepts the copy's condition.
        byte[] bytes = TestContent.bytes(transfer().partSize() + 11, 23);
        Map<String, String> metadata = Map.of("owner", "billing", "job", "42");
        ObjectAttributes attributes = ObjectAttributes.of("text/csv", "gzip", metadata);
        ObjectAttributes kept = adapter.kept(attributes);
        adapter.put(key(test, "source"), new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults()
                .withContentType("text/csv").withContentEncoding("gzip").withMetadata(metadata));

        adapter.copy(key(test, "source"), key(test, "same-account"), null);
        adapter.changeStorageClass(key(test, "source"), colderClass());
        VerifiedCopy.Result verified = new VerifiedCopy().copy(adapter, key(test, "source"), adapter,
                key(test, "streamed"), PutOptions.defaults());
        ObjectInfo listed = adapter.list(bucket, key(test, "source").key(), null, 10).objects().get(0);
        VerifiedCopy.Result fromListing = new VerifiedCopy().copy(adapter, listed, adapter, key(test, "from-listing"),
                PutOptions.defaults());

        for (String name : List.of("source", "same-account", "streamed", "from-listing")) {
            assertThat(adapter.head(key(test, name)).attributes()).as(name).isEqualTo(kept);
        }
        // The source as read already carries the provider's spelling, so a copy within one provider loses nothing.
        assertThat(verified.notCarried()).isEmpty();
        assertThat(fromListing.notCarried()).isEmpty();
    }

    /** Where a fault of the kit strikes: the source read from, or the target written to. */
    private enum Side { SOURCE, TARGET }

    /** @param mayMiss a fault on a request the copy may not make (a head or read of a target proven otherwise) */
    private record Scenario(String name, Side side, FaultPlan plan, boolean mayMiss) {

        Scenario(String name, Side side, FaultPlan plan) {
            this(name, side, plan, false);
        }
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("corrupt write", Side.TARGET, FaultPlan.NONE.withCorruptWrite(1)),
            new Scenario("corrupt at rest", Side.TARGET, FaultPlan.NONE.withCorruptAtRest(1)),
            new Scenario("put answer lost", Side.TARGET, FaultPlan.NONE.withLostResponse(1)),
            new Scenario("second writer", Side.TARGET, FaultPlan.NONE.withSecondWriter(1)),
            new Scenario("target head misreports", Side.TARGET, FaultPlan.NONE.withWrongHeadChecksum(1), true),
            new Scenario("target read flipped", Side.TARGET, FaultPlan.NONE.withCorruptOnRead(1), true),
            new Scenario("corrupt write, cleanup fails", Side.TARGET,
                    FaultPlan.NONE.withCorruptWrite(1).withFailedCleanup(1)),
            new Scenario("put source ends early", Side.TARGET, FaultPlan.NONE.withEarlyEnd(1)),
            new Scenario("stormy target", Side.TARGET, new FaultPlan(0.1, 0.1, 0.1, 0.1, java.time.Duration.ZERO,
                    0.1, 0.1, 0.1, 0.1, 0.1, 0.1), true),
            new Scenario("source read flipped", Side.SOURCE, FaultPlan.NONE.withCorruptOnRead(1)),
            new Scenario("source head misreports", Side.SOURCE, FaultPlan.NONE.withWrongHeadChecksum(1)),
            new Scenario("source stream ends early", Side.SOURCE, FaultPlan.NONE.withEarlyEnd(1)));

    @Test
    void shouldReportNoCopyVerifiedWhoseTargetHoldsOtherBytesUnderAnyInjectedFault(TestInfo test) {
        byte[] small = TestContent.bytes(3000, 24);
        byte[] large = TestContent.bytes(2 * transfer().partSize() + 5, 25);
        put(key(test, "small"), small);
        put(key(test, "large"), large);
        // The GCS fake refuses the "absent" condition on a single-request upload: there, copies overwrite.
        VerifiedCopy copier = new VerifiedCopy(gaps().contains(ServerGap.NO_PRECONDITIONS)
                ? VerifiedCopy.Policy.DEFAULT.withOverwrite() : VerifiedCopy.Policy.DEFAULT);
        int copies = 0;
        int verified = 0;
        int failed = 0;
        int unproven = 0;
        int lies = 0;
        long struck = 0;
        for (Scenario scenario : SCENARIOS) {
            long struckHere = 0;
            for (int seed = 0; seed < 2; seed++) {
                for (String name : List.of("small", "large")) {
                    byte[] bytes = name.equals("small") ? small : large;
                    FaultInjectingStorageAdapter faulty = new FaultInjectingStorageAdapter(adapter, scenario.plan(),
                            31L * seed + scenario.name().hashCode());
                    StorageAdapter from = scenario.side() == Side.SOURCE ? faulty : adapter;
                    StorageAdapter to = scenario.side() == Side.TARGET ? faulty : adapter;
                    ObjectKey target = key(test, "lies/" + scenario.name() + "/" + seed + "/" + name);
                    copies++;
                    try {
                        VerifiedCopy.Result result = copier.copy(from, key(test, name), to, target,
                                PutOptions.defaults());
                        if (result.verified()) {
                            verified++;
                            if (!java.util.Arrays.equals(TestContent.readAll(adapter, target), bytes)) {
                                lies++;
                            }
                        }
                        else {
                            unproven++;
                        }
                    }
                    catch (StorageException e) {
                        failed++;
                    }
                    struckHere += faulty.injectedFaults();
                }
            }
            if (!scenario.mayMiss()) {
                assertThat(struckHere).as("faults struck in " + scenario.name()).isPositive();
            }
            struck += struckHere;
        }
        System.out.printf("zero lies, %s: %d copies under %d injected faults: %d verified, %d failed, "
                + "%d returned with a link not proven, %d lies%n", getClass().getSimpleName(), copies, struck, verified,
                failed, unproven, lies);

        assertThat(lies).isZero();
        assertThat(verified).as("copies that survived their faults").isPositive();
        assertThat(failed).as("copies that a fault made fail").isPositive();
    }
}
