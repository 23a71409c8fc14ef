package io.cloudflux.storage.filesystem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;
import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.BoundedInputStream;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ExpectedLengthInputStream;
import io.cloudflux.storage.ListPage;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.RestoreRequest;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.storage.TransientException;
import io.cloudflux.storage.UploadSource;
import io.cloudflux.storage.WriteCondition;

/**
 * A storage provider on a local folder: one directory per bucket, each object a data file per revision plus a
 * small {@code .meta} file beside it (key, size, class, checksums, metadata) that names the current revision.
 * A write lands in a temporary file first and becomes visible by one atomic rename of its meta file, so a reader
 * sees the old object or the new one, never half of one; data, meta file and directory are forced to disk in the
 * order of {@link CommitStep}, so a power loss leaves one of the two as well. Conditional deletes and writes are
 * serialized per key inside this JVM; two processes sharing one root are not guarded against each other. The
 * checksums in a meta file are this adapter's own, computed on the way in: they prove nothing about what the disk
 * holds, so a put reports none as stored and {@link #headChecksumsComputedByProvider()} is false.
 *
 * <p>Class {@code ARCHIVE} behaves like an archive tier: reads fail until {@link #restore} (which completes at
 * once) has been called.
 */
public final class FilesystemStorageAdapter implements StorageAdapter {

    static final String DEFAULT_CLASS = "STANDARD";
    static final String ARCHIVE_CLASS = "ARCHIVE";
    private static final String TMP = ".tmp";
    private static final int LOCK_STRIPES = 64;

    private final FilesystemConfig config;
    private final Clock clock;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];
    private final Consumer<CommitStep> steps;

    public FilesystemStorageAdapter(FilesystemConfig config, Clock clock) {
        this(config, clock, step -> { });
    }

    /** With {@code steps} told of each commit step as it completes: where a test simulates a crash. */
    FilesystemStorageAdapter(FilesystemConfig config, Clock clock, Consumer<CommitStep> steps) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.steps = Objects.requireNonNull(steps, "steps");
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public FilesystemStorageAdapter(FilesystemConfig config) {
        this(config, Clock.systemUTC());
    }

    @Override
    public Provider provider() {
        return Provider.FILESYSTEM;
    }

    @Override
    public Location locationOf(ObjectKey key) {
        return Location.file(config.name(), key.bucket(), key.key());
    }

    @Override
    public void createBucket(String bucket) {
        io(() -> Files.createDirectories(bucketDir(bucket).resolve(TMP)));
    }

    @Override
    public ListPage list(String bucket, String prefix, String pageToken, int pageSize) {
        Path dir = existingBucket(bucket);
        // Keep only the page's worth of smallest keys after the token: memory is bounded by the page, not the bucket.
        TreeSet<String> page = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + MetaFile.SUFFIX)) {
            for (Path entry : entries) {
                String key = keyOf(entry);
                if (key.startsWith(prefix) && (pageToken == null || key.compareTo(pageToken) > 0)) {
                    page.add(key);
                    if (page.size() > pageSize) {
                        page.pollLast();
                    }
                }
            }
        }
        catch (IOException e) {
            throw new TransientException("listing " + bucket + " failed", e);
        }
        List<ObjectInfo> objects = new ArrayList<>(page.size());
        for (String key : page) {
            MetaFile.read(metaPath(new ObjectKey(bucket, key))).ifPresent(m -> objects.add(m.toInfo(bucket)));
        }
        String next = page.size() == pageSize ? page.last() : null;
        return new ListPage(objects, next);
    }

    @Override
    public ObjectInfo head(ObjectKey key) {
        return meta(key).toInfo(key.bucket());
    }

    @Override
    public InputStream get(ObjectKey key, ByteRange range, Precondition precondition) {
        MetaFile meta = meta(key);
        checkPrecondition(key, meta, precondition);
        if (meta.archiveState() == ArchiveState.ARCHIVED || meta.archiveState() == ArchiveState.REHYDRATING) {
            throw new PermanentException(key + " is archived: restore it before reading");
        }
        long length = range.lengthWithin(meta.size());
        try {
            SeekableByteChannel channel = Files.newByteChannel(dataPath(key, meta.revision()));
            channel.position(range.offset());
            InputStream in = new BoundedInputStream(Channels.newInputStream(channel), length);
            return new ExpectedLengthInputStream(in, length, "get " + key);
        }
        catch (NoSuchFileException e) {
            // Replaced between reading its meta file and opening its data: the caller sees what a provider shows.
            throw new PreconditionFailedException(key + " changed while it was being opened", e);
        }
        catch (IOException e) {
            throw new TransientException("get " + key + " failed", e);
        }
    }

    @Override
    public PutResult put(ObjectKey key, InputStream content, long length, PutOptions options) {
        Path tmp = newTempFile(key.bucket());
        String revision = newRevision();
        try {
            UploadSource source = new UploadSource(content, length, TransferSettings.DEFAULTS, "put " + key);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = source.newPartBuffer();
                for (int n = source.readPart(buffer); n > 0; n = source.readPart(buffer)) {
                    out.write(buffer, 0, n);
                }
                channel.force(true);
            }
            MetaFile meta = new MetaFile(key.key(), revision, source.size(), storageClassOrDefault(options.storageClass()),
                    source.checksums(), clock.instant(), options.contentTypeOrDefault(), options.contentEncoding(),
                    options.metadata(), false);
            commit(key, tmp, meta, options.condition());
            // Nothing here checked the disk: the checksums are the ones computed on the way in, none is "stored".
            return new PutResult(key, meta.size(), revision, revision, meta.checksums(), 1, Checksums.NONE);
        }
        catch (IOException e) {
            throw new TransientException("put " + key + " failed", e);
        }
        finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    public ObjectInfo copy(ObjectKey source, ObjectKey target, String storageClass) {
        MetaFile from = meta(source);
        Path tmp = newTempFile(target.bucket());
        try {
            Files.copy(dataPath(source, from.revision()), tmp, StandardCopyOption.REPLACE_EXISTING);
            force(tmp);
            MetaFile meta = new MetaFile(target.key(), newRevision(), from.size(), storageClassOrDefault(storageClass),
                    from.checksums(), clock.instant(), from.contentType(), from.contentEncoding(), from.metadata(),
                    false);
            commit(target, tmp, meta, WriteCondition.ANY);
            return meta.toInfo(target.bucket());
        }
        catch (NoSuchFileException e) {
            throw new PreconditionFailedException(source + " changed while it was being copied", e);
        }
        catch (IOException e) {
            throw new TransientException("copy " + source + " to " + target + " failed", e);
        }
        finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    public void changeStorageClass(ObjectKey key, String storageClass) {
        withLock(key, () -> {
            MetaFile meta = meta(key);
            writeMeta(key, meta.withStorageClass(storageClass));
        });
    }

    @Override
    public void restore(ObjectKey key, RestoreRequest request) {
        withLock(key, () -> {
            MetaFile meta = meta(key);
            if (meta.archiveState() == ArchiveState.ONLINE) {
                throw new PermanentException(key + " is not archived: there is nothing to restore");
            }
            writeMeta(key, meta.markRestored());
        });
    }

    @Override
    public void delete(ObjectKey key, Precondition precondition) {
        withLock(key, () -> {
            MetaFile meta = MetaFile.read(metaPath(key)).orElse(null);
            if (meta == null) {
                if (!precondition.isNone()) {
                    throw new NotFoundException(key + " is already deleted");
                }
                return;
            }
            checkPrecondition(key, meta, precondition);
            io(() -> Files.deleteIfExists(metaPath(key)));
            forceDirectory(metaPath(key).getParent());
            deleteQuietly(dataPath(key, meta.revision()));
        });
    }

    @Override
    public void close() {
        // Nothing is held open between calls.
    }

    /**
     * Makes {@code data} (already forced to disk) the object at {@code key}, if the object there meets
     * {@code condition}, in the order of {@link CommitStep}: the previous revision's data is deleted only once the
     * meta file naming the new one is on disk.
     */
    private void commit(ObjectKey key, Path data, MetaFile meta, WriteCondition condition) {
        steps.accept(CommitStep.DATA_DURABLE);
        withLock(key, () -> {
            MetaFile previous = MetaFile.read(metaPath(key)).orElse(null);
            checkCondition(key, previous, condition);
            Path dataPath = dataPath(key, meta.revision());
            io(() -> Files.move(data, dataPath, StandardCopyOption.ATOMIC_MOVE));
            forceDirectory(dataPath.getParent());
            steps.accept(CommitStep.DATA_IN_PLACE);
            writeMeta(key, meta);
            if (previous != null) {
                deleteQuietly(dataPath(key, previous.revision()));
                steps.accept(CommitStep.PREVIOUS_REMOVED);
            }
        });
    }

    private static void checkCondition(ObjectKey key, MetaFile current, WriteCondition condition) {
        if (condition.mustBeAbsent() && current != null) {
            throw new PreconditionFailedException(key + " already exists (revision " + current.revision() + ")");
        }
        if (condition.etag() != null || condition.version() != null) {
            if (current == null) {
                throw new PreconditionFailedException(key + " no longer exists");
            }
            checkPrecondition(key, current, new Precondition(condition.etag(), condition.version()));
        }
    }

    private void writeMeta(ObjectKey key, MetaFile meta) {
        Path tmp = newTempFile(key.bucket());
        try {
            meta.write(tmp);
            steps.accept(CommitStep.META_DURABLE);
            moveAtomically(tmp, metaPath(key));
            forceDirectory(metaPath(key).getParent());
            steps.accept(CommitStep.COMMITTED);
        }
        finally {
            deleteQuietly(tmp);
        }
    }

    private static void force(Path file) {
        io(() -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        });
    }

    /** A rename is durable only once its directory is forced to disk. */
    private static void forceDirectory(Path dir) {
        io(() -> {
            try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
                channel.force(true);
            }
        });
    }

    private static void moveAtomically(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException e) {
            throw new PermanentException("the filesystem under " + to.getParent() + " cannot rename atomically", e);
        }
        catch (IOException e) {
            throw new TransientException("could not commit " + to, e);
        }
    }

    private static void checkPrecondition(ObjectKey key, MetaFile meta, Precondition precondition) {
        boolean etagDiffers = precondition.etag() != null && !precondition.etag().equals(meta.revision());
        boolean versionDiffers = precondition.version() != null && !precondition.version().equals(meta.revision());
        if (etagDiffers || versionDiffers) {
            throw new PreconditionFailedException(key + " changed: it is now revision " + meta.revision());
        }
    }

    private MetaFile meta(ObjectKey key) {
        existingBucket(key.bucket());
        return MetaFile.read(metaPath(key)).orElseThrow(() -> new NotFoundException(key + " does not exist"));
    }

    private Path existingBucket(String bucket) {
        Path dir = bucketDir(bucket);
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException("bucket " + bucket + " does not exist under " + config.name());
        }
        return dir;
    }

    private Path bucketDir(String bucket) {
        if (bucket.contains("/") || bucket.startsWith(".")) {
            throw new PermanentException("bucket names may not contain '/' or start with '.': " + bucket);
        }
        return config.root().resolve(bucket);
    }

    private Path metaPath(ObjectKey key) {
        return bucketDir(key.bucket()).resolve(FileNames.encode(key.key()) + MetaFile.SUFFIX);
    }

    private Path dataPath(ObjectKey key, String revision) {
        return bucketDir(key.bucket()).resolve(FileNames.encode(key.key()) + "." + revision + ".data");
    }

    private String keyOf(Path metaFile) {
        String name = metaFile.getFileName().toString();
        String encoded = name.substring(0, name.length() - MetaFile.SUFFIX.length());
        if (FileNames.isHashed(encoded)) {
            return MetaFile.read(metaFile).map(MetaFile::key).orElse("");
        }
        return FileNames.decode(encoded);
    }

    private Path newTempFile(String bucket) {
        Path dir = existingBucket(bucket).resolve(TMP);
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "put-", ".part");
        }
        catch (FileAlreadyExistsException e) {
            throw new PermanentException(dir + " is not a directory", e);
        }
        catch (IOException e) {
            throw new TransientException("could not create a temporary file in " + dir, e);
        }
    }

    private void withLock(ObjectKey key, Runnable action) {
        ReentrantLock lock = locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            action.run();
        }
        finally {
            lock.unlock();
        }
    }

    private static String storageClassOrDefault(String storageClass) {
        return storageClass == null ? DEFAULT_CLASS : storageClass;
    }

    private static String newRevision() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        }
        catch (IOException e) {
            // A leftover temporary or superseded file wastes space but never changes what readers see.
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        }
        catch (IOException e) {
            throw new TransientException(e.getMessage(), new UncheckedIOException(e));
        }
    }
}
