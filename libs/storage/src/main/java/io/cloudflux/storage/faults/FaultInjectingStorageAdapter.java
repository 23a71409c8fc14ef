package io.cloudflux.storage.faults;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;
import io.cloudflux.storage.BoundedInputStream;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ChecksummingInputStream;
import io.cloudflux.storage.ExpectedLengthInputStream;
import io.cloudflux.storage.ListPage;
import io.cloudflux.storage.ObjectAttributes;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.RestoreRequest;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.ThrottledException;
import io.cloudflux.storage.TransientException;
import io.cloudflux.storage.retry.Sleeper;

/**
 * Wraps any adapter and injects the faults of a {@link FaultPlan}: throttling and transient errors, latency, streams
 * that end early without saying so, and corrupted writes before a request; after it, answers lost to an operation
 * that succeeded, failed cleanups, bytes flipped at rest or on read (same length), heads that misreport a checksum,
 * and a second writer interleaved with a put. The faults follow from the seed alone, so a failing run
 * repeats with the same seed (for one thread; with several, the order of their calls also counts). It counts what it
 * injected, so that a test can tell that a fault really struck.
 */
public final class FaultInjectingStorageAdapter implements StorageAdapter {

    private final StorageAdapter delegate;
    private final FaultPlan plan;
    private final SplittableRandom random;
    private final Sleeper sleeper;
    private final AtomicLong injected = new AtomicLong();

    public FaultInjectingStorageAdapter(StorageAdapter delegate, FaultPlan plan, long seed, Sleeper sleeper) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.random = new SplittableRandom(seed);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    public FaultInjectingStorageAdapter(StorageAdapter delegate, FaultPlan plan, long seed) {
        this(delegate, plan, seed, Sleeper.THREAD);
    }

    /** Faults injected so far. */
    public long injectedFaults() {
        return injected.get();
    }

    @Override
    public Provider provider() {
        return delegate.provider();
    }

    @Override
    public Location locationOf(ObjectKey key) {
        return delegate.locationOf(key);
    }

    @Override
    public void createBucket(String bucket) {
        delegate.createBucket(bucket);
    }

    @Override
    public ListPage list(String bucket, String prefix, String pageToken, int pageSize) {
        return inject("list " + bucket, () -> delegate.list(bucket, prefix, pageToken, pageSize));
    }

    @Override
    public ObjectInfo head(ObjectKey key) {
        ObjectInfo info = inject("head " + key, () -> delegate.head(key));
        return roll(plan.wrongHeadChecksum()) ? info.withChecksums(misreported(info.checksums())) : info;
    }

    @Override
    public ObjectAttributes kept(ObjectAttributes wanted) {
        return delegate.kept(wanted);
    }

    @Override
    public boolean headChecksumsComputedByProvider() {
        return delegate.headChecksumsComputedByProvider();
    }

    @Override
    public InputStream get(ObjectKey key, ByteRange range, Precondition precondition) {
        InputStream in = inject("get " + key, () -> delegate.get(key, range, precondition));
        if (roll(plan.corruptOnRead())) {
            long length = range.lengthWithin(delegate.head(key).size());
            // Same length, and the same stored checksums the provider reported: only the bytes are wrong.
            return new ExpectedLengthInputStream(new FaultyStreams.Corrupted(in, nextPosition(length)), length, "get " + key,
                    ExpectedLengthInputStream.storedChecksumsOf(in), ExpectedLengthInputStream.attributesOf(in));
        }
        if (!roll(plan.earlyEnd())) {
            return in;
        }
        long length = range.lengthWithin(delegate.head(key).size());
        return new BoundedInputStream(in, nextPosition(length));
    }

    @Override
    public PutResult put(ObjectKey key, InputStream content, long length, PutOptions options) {
        InputStream source = content;
        if (roll(plan.earlyEnd())) {
            source = new BoundedInputStream(source, length > 0 ? nextPosition(length) : nextLong(1 << 20));
        }
        if (roll(plan.corruptWrite())) {
            source = new FaultyStreams.Corrupted(source, nextPosition(length));
        }
        ChecksummingInputStream given = null;
        if (roll(plan.corruptAtRest())) {
            given = new ChecksummingInputStream(source);
            source = new FaultyStreams.Corrupted(given, nextPosition(length));
        }
        if (roll(plan.secondWriter())) {
            long seed = nextLong(Long.MAX_VALUE);
            source = new FaultyStreams.OnEnd(source, bytesSeen -> secondWriter(key, bytesSeen, seed));
        }
        boolean loseAnswer = roll(plan.lostResponse());
        InputStream faulty = source;
        PutResult result = inject("put " + key, () -> delegate.put(key, faulty, length, options));
        if (given != null) {
            result = asIfStoredOtherBytes(result, given.checksums());
        }
        if (loseAnswer) {
            throw lost("put " + key);
        }
        return result;
    }

    /** Another writer puts other bytes, as many as the interrupted put has read, at the same key. */
    private void secondWriter(ObjectKey key, long size, long seed) {
        byte[] other = new byte[(int) size];
        new SplittableRandom(seed).nextBytes(other);
        delegate.put(key, new ByteArrayInputStream(other), other.length, PutOptions.defaults());
    }

    /**
     * The put's result as the adapter would report it had it hashed {@code given} while the store kept the flipped
     * bytes: the adapter's checksums are of what it was given, the provider's {@code stored} of what it keeps, and
     * no per-part proof can stand.
     */
    private static PutResult asIfStoredOtherBytes(PutResult result, Checksums given) {
        Checksums reported = new Checksums(result.checksums().md5() == null ? null : given.md5(), given.crc32c(),
                null);
        return new PutResult(result.key(), result.size(), result.etag(), result.version(), reported, result.parts(),
                result.stored(), false);
    }

    @Override
    public ObjectInfo copy(ObjectKey source, ObjectKey target, String storageClass) {
        boolean loseAnswer = roll(plan.lostResponse());
        ObjectInfo copied = inject("copy " + source, () -> delegate.copy(source, target, storageClass));
        if (loseAnswer) {
            throw lost("copy " + source);
        }
        return copied;
    }

    @Override
    public void changeStorageClass(ObjectKey key, String storageClass) {
        boolean loseAnswer = roll(plan.lostResponse());
        inject("change class of " + key, () -> {
            delegate.changeStorageClass(key, storageClass);
            return null;
        });
        if (loseAnswer) {
            throw lost("change class of " + key);
        }
    }

    @Override
    public void restore(ObjectKey key, RestoreRequest request) {
        inject("restore " + key, () -> {
            delegate.restore(key, request);
            return null;
        });
    }

    @Override
    public void delete(ObjectKey key, Precondition precondition) {
        if (roll(plan.failedCleanup())) {
            throw new TransientException("injected: delete " + key + " failed; nothing was deleted");
        }
        boolean loseAnswer = roll(plan.lostResponse());
        inject("delete " + key, () -> {
            delegate.delete(key, precondition);
            return null;
        });
        if (loseAnswer) {
            throw lost("delete " + key);
        }
    }

    private static TransientException lost(String operation) {
        return new TransientException("injected: " + operation + " succeeded but its answer was lost");
    }

    /** One hex digit of the first checksum reported changed: a head that misreports what is stored. */
    private static Checksums misreported(Checksums c) {
        if (c.crc32c() != null) {
            return new Checksums(c.md5(), flipFirstDigit(c.crc32c()), c.sha256());
        }
        if (c.md5() != null) {
            return new Checksums(flipFirstDigit(c.md5()), null, c.sha256());
        }
        return c.sha256() == null ? c : new Checksums(null, null, flipFirstDigit(c.sha256()));
    }

    private static String flipFirstDigit(String hex) {
        return (hex.charAt(0) == '0' ? '1' : '0') + hex.substring(1);
    }

    @Override
    public void close() {
        delegate.close();
    }

    private <T> T inject(String operation, Supplier<T> call) {
        delay();
        if (roll(plan.throttle())) {
            throw new ThrottledException("injected: " + operation + " throttled", Duration.ofMillis(nextInt(50)));
        }
        if (roll(plan.transientError())) {
            throw new TransientException("injected: " + operation + " failed with a 503");
        }
        return call.get();
    }

    private void delay() {
        if (plan.maxLatency().isZero()) {
            return;
        }
        try {
            sleeper.sleep(Duration.ofNanos(nextLong(plan.maxLatency().toNanos() + 1)));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientException("interrupted during injected latency", e);
        }
    }

    private long nextPosition(long length) {
        return length > 0 ? nextLong(length) : 0;
    }

    private synchronized boolean roll(double probability) {
        boolean strikes = probability > 0 && random.nextDouble() < probability;
        if (strikes) {
            injected.incrementAndGet();
        }
        return strikes;
    }

    private synchronized long nextLong(long bound) {
        return random.nextLong(bound);
    }

    private synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
