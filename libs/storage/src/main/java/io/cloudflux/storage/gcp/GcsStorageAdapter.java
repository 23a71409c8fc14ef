package io.cloudflux.storage.gcp;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import com.google.api.gax.paging.Page;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.ReadChannel;
import com.google.cloud.ServiceOptions;
import com.google.cloud.WriteChannel;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.BucketInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageClass;
import com.google.cloud.storage.StorageOptions;
import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;
import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ChecksumFormats;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.ExpectedLengthInputStream;
import io.cloudflux.storage.ListPage;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectAttributes;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.RestoreRequest;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TransientException;
import io.cloudflux.storage.UploadSource;
import io.cloudflux.storage.WriteCondition;

/**
 * Google Cloud Storage through google-cloud-storage. Up to the threshold a put is one request that carries the MD5
 * and CRC32C for GCS to check; above it, a resumable upload in chunks that becomes visible only when it is
 * finalized, after which GCS's own CRC32C of the object is compared with ours. A put commits under its condition as
 * a generation precondition (0 for "absent"). Reads and copies are pinned to the generation seen first, and deletes
 * are guarded by generation. A rewrite (copy, class change) starts from the source's own BlobInfo, so content type,
 * encoding and metadata go with it. GCS archive classes are readable at once, so there
 * is never anything to rehydrate. The client's retries are off: retries live in one place.
 */
public final class GcsStorageAdapter implements StorageAdapter {

    private final Storage storage;
    private final GcsConfig config;

    /** An adapter on a ready client, such as google-cloud-nio's in-memory {@code LocalStorageHelper}. */
    public GcsStorageAdapter(Storage storage, GcsConfig config) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** An adapter on a client built from {@code config}. */
    public static GcsStorageAdapter create(GcsConfig config) {
        StorageOptions.Builder options = StorageOptions.http()
                .setRetrySettings(ServiceOptions.getNoRetrySettings())
                .setCredentials(credentials(config));
        if (config.projectId() != null) {
            options.setProjectId(config.projectId());
        }
        if (config.host() != null) {
            options.setHost(config.host());
        }
        return new GcsStorageAdapter(options.build().getService(), config);
    }

    private static GoogleCredentials credentials(GcsConfig config) {
        try {
            if (config.serviceAccountJson() == null) {
                return GoogleCredentials.getApplicationDefault();
            }
            try (InputStream json = new FileInputStream(config.serviceAccountJson().toFile())) {
                return ServiceAccountCredentials.fromStream(json);
            }
        }
        catch (IOException e) {
            throw new PermanentException("no Google credentials could be loaded", e);
        }
    }

    @Override
    public Provider provider() {
        return Provider.GCP;
    }

    @Override
    public Location locationOf(ObjectKey key) {
        return Location.gcs(key.bucket(), key.key());
    }

    @Override
    public void createBucket(String bucket) {
        call("create bucket " + bucket, () -> storage.get(bucket) != null ? null : storage.create(BucketInfo.of(bucket)));
    }

    @Override
    public ListPage list(String bucket, String prefix, String pageToken, int pageSize) {
        List<Storage.BlobListOption> options = new ArrayList<>(List.of(Storage.BlobListOption.prefix(prefix),
                Storage.BlobListOption.pageSize(pageSize)));
        if (pageToken != null) {
            options.add(Storage.BlobListOption.pageToken(pageToken));
        }
        Page<Blob> page = call("list " + bucket + "/" + prefix,
                () -> storage.list(bucket, options.toArray(Storage.BlobListOption[]::new)));
        if (page == null) {
            throw new NotFoundException("bucket " + bucket + " does not exist");
        }
        List<ObjectInfo> objects = new ArrayList<>();
        for (Blob blob : page.getValues()) {
            objects.add(info(new ObjectKey(bucket, blob.getName()), blob));
        }
        String next = page.getNextPageToken();
        return new ListPage(objects, next == null || next.isEmpty() ? null : next);
    }

    @Override
    public ObjectInfo head(ObjectKey key) {
        return info(key, blob(key));
    }

    /** MD5, CRC32C (and, on S3, SHA-256) in a head are computed by the provider over what it stores. */
    @Override
    public boolean headChecksumsComputedByProvider() {
        return true;
    }

    @Override
    public InputStream get(ObjectKey key, ByteRange range, Precondition precondition) {
        Blob blob = blob(key);
        boolean otherGeneration = precondition.version() != null
                && !precondition.version().equals(generation(blob));
        boolean otherEtag = precondition.etag() != null && !precondition.etag().equals(blob.getEtag());
        if (otherGeneration || otherEtag) {
            throw new PreconditionFailedException(key + " changed: it is now generation " + generation(blob));
        }
        long length = range.lengthWithin(blob.getSize());
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        ReadChannel reader = call("get " + key, () -> storage.reader(pinned(blob), sameGeneration(blob)));
        try {
            reader.seek(range.offset());
            reader.limit(range.offset() + length);
        }
        catch (IOException e) {
            reader.close();
            throw new TransientException("get " + key + ": seeking to " + range.offset() + " failed", e);
        }
        return new ExpectedLengthInputStream(Channels.newInputStream(reader), length, "get " + key, Checksums.NONE,
                info(key, blob).attributes());
    }

    @Override
    public PutResult put(ObjectKey key, InputStream content, long length, PutOptions options) {
        UploadSource source = new UploadSource(content, length, config.transfer(), "put " + key);
        BlobInfo.Builder info = BlobInfo.newBuilder(BlobId.of(key.bucket(), key.key()))
                .setContentType(options.contentTypeOrDefault())
                .setContentEncoding(options.contentEncoding())
                .setMetadata(options.metadata().isEmpty() ? null : options.metadata());
        if (options.storageClass() != null) {
            info.setStorageClass(storageClass(options.storageClass()));
        }
        Long generation = generationCondition(options.condition());
        if (source.fitsOneRequest()) {
            byte[] bytes = source.readAll();
            Checksums sums = source.checksums();
            // For a byte[] the client computes MD5 and CRC32C itself and sends them, and GCS refuses a mismatch.
            BlobInfo single = info.build();
            Storage.BlobTargetOption[] conditions = generation == null ? new Storage.BlobTargetOption[0]
                    : new Storage.BlobTargetOption[] {Storage.BlobTargetOption.generationMatch(generation)};
            Blob blob = call("put " + key, () -> storage.create(single, bytes, conditions));
            requireStoredCrc(key, info(key, blob), sums);
            return new PutResult(key, bytes.length, blob.getEtag(), generation(blob), sums, 1, info(key, blob).checksums());
        }
        return resumable(key, info.build(), source, generation);
    }

    /**
     * The generation a write must find: 0 for "nothing there", GCS's own convention. An ETag alone cannot be
     * matched on a GCS write; a condition carrying one must carry the generation too.
     */
    private static Long generationCondition(WriteCondition condition) {
        if (condition.mustBeAbsent()) {
            return 0L;
        }
        if (condition.version() != null) {
            return Long.valueOf(condition.version());
        }
        if (condition.etag() != null) {
            throw new PermanentException("GCS matches writes by generation: the condition names only an ETag");
        }
        return null;
    }

    /** A GCS class by its name in any case; an unknown name is a bad request, not a crash. */
    private static StorageClass storageClass(String name) {
        try {
            return StorageClass.valueOfStrict(name.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new PermanentException("GCS has no storage class " + name, e);
        }
    }

    private PutResult resumable(ObjectKey key, BlobInfo info, UploadSource source, Long generation) {
        Storage.BlobWriteOption[] conditions = generation == null ? new Storage.BlobWriteOption[0]
                : new Storage.BlobWriteOption[] {Storage.BlobWriteOption.generationMatch(generation)};
        WriteChannel writer = call("start upload " + key, () -> storage.writer(info, conditions));
        writer.setChunkSize(config.transfer().partSize());
        byte[] buffer = source.newPartBuffer();
        int chunks = 0;
        try {
            for (int n = source.readPart(buffer); n > 0; n = source.readPart(buffer)) {
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    writer.write(chunk);
                }
                chunks++;
            }
        }
        catch (IOException e) {
            throw new TransientException("put " + key + ": upload failed after " + source.size() + " bytes", e);
        }
        // Only closing finalizes the upload: a source that failed above leaves an unfinished, invisible session.
        call("finish upload " + key, () -> {
            try {
                writer.close();
                return null;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Checksums sums = source.checksums();
        ObjectInfo written = head(key);
        requireStoredCrc(key, written, sums);
        return new PutResult(key, source.size(), written.etag(), written.version(), sums, chunks, written.checksums());
    }

    private static void requireStoredCrc(ObjectKey key, ObjectInfo written, Checksums sent) {
        if (written.checksums().crc32c() != null && !written.checksums().crc32c().equals(sent.crc32c())) {
            throw new ChecksumMismatchException("put " + key + ": GCS stored CRC32C " + written.checksums().crc32c()
                    + " but the bytes sent have " + sent.crc32c());
        }
    }

    @Override
    public ObjectInfo copy(ObjectKey source, ObjectKey target, String storageClass) {
        Blob from = blob(source);
        // The target starts as the source's description, so content type, encoding and metadata are kept; a bare
        // BlobInfo would give the rewrite none.
        BlobInfo.Builder to = BlobInfo.newBuilder(BlobId.of(target.bucket(), target.key()))
                .setContentType(from.getContentType())
                .setContentEncoding(from.getContentEncoding())
                .setContentDisposition(from.getContentDisposition())
                .setContentLanguage(from.getContentLanguage())
                .setCacheControl(from.getCacheControl())
                .setMetadata(from.getMetadata())
                .setStorageClass(from.getStorageClass());
        if (storageClass != null) {
            to.setStorageClass(storageClass(storageClass));
        }
        // A rewrite: GCS copies in as many calls as it needs, without the bytes leaving it.
        call("copy " + source + " to " + target, () -> storage.copy(Storage.CopyRequest.newBuilder()
                .setSource(pinned(from))
                .setSourceOptions(sameGeneration(from))
                .setTarget(to.build())
                .build()).getResult());
        return head(target);
    }

    @Override
    public void changeStorageClass(ObjectKey key, String storageClass) {
        copy(key, key, storageClass);
    }

    @Override
    public void restore(ObjectKey key, RestoreRequest request) {
        // GCS serves archive classes directly (with a retrieval fee): there is nothing to start.
        blob(key);
    }

    @Override
    public void delete(ObjectKey key, Precondition precondition) {
        Long generation = generationToMatch(key, precondition);
        boolean deleted = call("delete " + key, () -> generation == null
                ? storage.delete(BlobId.of(key.bucket(), key.key()))
                : storage.delete(BlobId.of(key.bucket(), key.key()),
                        Storage.BlobSourceOption.generationMatch(generation)));
        // GCS answers 404 (false here) when nothing is there, 412 (thrown) when another generation is.
        if (!deleted && generation != null) {
            throw new NotFoundException(key + " is already deleted");
        }
    }

    /** GCS guards by generation; an ETag alone is turned into the generation that carries it, or refused. */
    private Long generationToMatch(ObjectKey key, Precondition precondition) {
        if (precondition.version() != null) {
            return Long.valueOf(precondition.version());
        }
        if (precondition.etag() == null) {
            return null;
        }
        Blob current = call("head " + key, () -> storage.get(BlobId.of(key.bucket(), key.key())));
        if (current == null) {
            throw new NotFoundException(key + " is already deleted");
        }
        if (!precondition.etag().equals(current.getEtag())) {
            throw new PreconditionFailedException(key + " changed: its ETag is no longer " + precondition.etag());
        }
        return current.getGeneration();
    }

    @Override
    public void close() {
        try {
            storage.close();
        }
        catch (Exception e) {
            // Closing releases connections; a failure there loses nothing.
        }
    }

    private Blob blob(ObjectKey key) {
        Blob blob = call("head " + key, () -> storage.get(BlobId.of(key.bucket(), key.key())));
        if (blob == null) {
            throw new NotFoundException(key + " does not exist");
        }
        return blob;
    }

    /** The blob's id at the generation that was seen, so a read or copy never mixes two versions. */
    private static BlobId pinned(Blob blob) {
        return BlobId.of(blob.getBucket(), blob.getName(), blob.getGeneration());
    }

    private static Storage.BlobSourceOption[] sameGeneration(Blob blob) {
        // GCS always reports a generation; only a stand-in without one goes unguarded.
        return blob.getGeneration() == null ? new Storage.BlobSourceOption[0]
                : new Storage.BlobSourceOption[] {Storage.BlobSourceOption.generationMatch(blob.getGeneration())};
    }

    private static ObjectInfo info(ObjectKey key, Blob blob) {
        String storageClass = blob.getStorageClass() == null ? "STANDARD" : blob.getStorageClass().name();
        Checksums sums = new Checksums(ChecksumFormats.base64ToHex(blob.getMd5(), 16),
                ChecksumFormats.base64ToHex(blob.getCrc32c(), 4), null);
        return new ObjectInfo(key, blob.getSize() == null ? 0 : blob.getSize(), storageClass, blob.getEtag(),
                generation(blob), blob.getUpdateTimeOffsetDateTime() == null ? java.time.Instant.EPOCH
                        : blob.getUpdateTimeOffsetDateTime().toInstant(), sums, ArchiveState.ONLINE,
                ObjectAttributes.of(blob.getContentType(), blob.getContentEncoding(), blob.getMetadata()));
    }

    private static String generation(Blob blob) {
        return blob.getGeneration() == null ? null : blob.getGeneration().toString();
    }

    private static <T> T call(String operation, Supplier<T> request) {
        try {
            return request.get();
        }
        catch (RuntimeException e) {
            throw GcsErrors.translate(operation, e);
        }
    }
}
