package io.cloudflux.storage.azure;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.HttpPipelineSyncPolicy;
import com.azure.core.http.okhttp.OkHttpAsyncHttpClientBuilder;
import com.azure.core.http.rest.PagedResponse;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.AccessTier;
import com.azure.storage.blob.models.ArchiveStatus;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobItemProperties;
import com.azure.storage.blob.models.BlobListDetails;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.models.RehydratePriority;
import com.azure.storage.blob.options.BlobInputStreamOptions;
import com.azure.storage.blob.options.BlobSetAccessTierOptions;
import com.azure.storage.blob.specialized.BlockBlobClient;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
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
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.RestoreRequest;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.UploadSource;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

/**
 * Azure Blob Storage (block blobs) through azure-storage-blob on azure-core's OkHttp transport. Up to the threshold a
 * put is one Put Blob carrying its Content-MD5, which the service checks; above it, blocks are staged one at a time,
 * each with a transactional MD5 the service checks, under block ids no other upload uses, and only the final Put
 * Block List, naming exactly those uncommitted blocks, makes the blob visible, with the whole blob's MD5 stored as
 * its Content-MD5 (unchecked by the service: a head's MD5 is therefore no proof of what is stored). Put Blob, Put
 * Block and Put Block List are sent on the caller's thread ({@link BlockBlobWrites}), under the put's condition;
 * every other call goes through the SDK's client. The SDK's retries are off: retries live in one place. A server-side
 * copy is bounded in time ({@link AzureServerSideCopy}).
 */
public final class AzureBlobStorageAdapter implements StorageAdapter {

    private static final String ARCHIVE = "Archive";
    /**
     * OkHttp's defaults keep 5 idle connections and run 5 asynchronous calls per host at once (the SDK's reads and
     * metadata calls are asynchronous underneath); a migration service runs more copies than that in parallel.
     */
    private static final int CONNECTIONS_PER_HOST = 64;
    /**
     * Asks for the stored bytes as they are: without it OkHttp asks for gzip itself and then transparently
     * decompresses a blob stored with Content-Encoding gzip, so a copy would read other bytes than the blob holds.
     */
    private static final HttpPipelinePolicy IDENTITY_ENCODING = new HttpPipelineSyncPolicy() {
        @Override
        protected void beforeSendingRequest(HttpPipelineCallContext context) {
            context.getHttpRequest().setHeader(HttpHeaderName.ACCEPT_ENCODING, "identity");
        }
    };
    /** One HTTP client, its connection pool and threads, for every adapter of this JVM. */
    private static final HttpClient HTTP_CLIENT = okHttp();

    private final AzureConfig config;
    private final BlobServiceClient service;
    private final BlockBlobWrites writes;

    public AzureBlobStorageAdapter(AzureConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.service = serviceClient(config);
        this.writes = BlockBlobWrites.of(service);
    }

    /** The SDK's client of the account, on the shared OkHttp client, with the SDK's retries off. */
    static BlobServiceClient serviceClient(AzureConfig config) {
        BlobServiceClientBuilder builder = new BlobServiceClientBuilder()
                .httpClient(HTTP_CLIENT)
                .addPolicy(IDENTITY_ENCODING)
                .retryOptions(new RequestRetryOptions(RetryPolicyType.FIXED, 1, (Integer) null, null, null, null));
        if (config.connectionString() != null) {
            builder.connectionString(config.connectionString());
        }
        else {
            builder.endpoint(config.endpoint()).credential(config.credential());
        }
        return builder.buildClient();
    }

    private static HttpClient okHttp() {
        // OkHttp's own dispatcher threads are no daemons: they would keep a JVM alive for a minute after its last call.
        Dispatcher dispatcher = new Dispatcher(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "azure-okhttp-dispatcher");
            thread.setDaemon(true);
            return thread;
        }));
        dispatcher.setMaxRequests(CONNECTIONS_PER_HOST);
        dispatcher.setMaxRequestsPerHost(CONNECTIONS_PER_HOST);
        return new OkHttpAsyncHttpClientBuilder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(CONNECTIONS_PER_HOST, 5, TimeUnit.MINUTES)).build();
    }

    @Override
    public Provider provider() {
        return Provider.AZURE;
    }

    @Override
    public Location locationOf(ObjectKey key) {
        return Location.azure(config.accountName(), key.bucket(), key.key());
    }

    @Override
    public void createBucket(String bucket) {
        call("create container " + bucket, () -> service.getBlobContainerClient(bucket).createIfNotExists());
    }

    @Override
    public ListPage list(String bucket, String prefix, String pageToken, int pageSize) {
        BlobContainerClient container = service.getBlobContainerClient(bucket);
        PagedResponse<BlobItem> page = call("list " + bucket + "/" + prefix, () -> container
                .listBlobs(new ListBlobsOptions().setPrefix(prefix).setMaxResultsPerPage(pageSize)
                        .setDetails(new BlobListDetails().setRetrieveMetadata(true)), pageToken, null)
                .iterableByPage(pageToken, pageSize).iterator().next());
        List<ObjectInfo> objects = new ArrayList<>();
        for (BlobItem item : page.getValue()) {
            BlobItemProperties p = item.getProperties();
            String tier = p.getAccessTier() == null ? "Hot" : p.getAccessTier().toString();
            objects.add(new ObjectInfo(new ObjectKey(bucket, item.getName()), p.getContentLength(), tier,
                    unquote(p.getETag()), item.getVersionId(), p.getLastModified().toInstant(),
                    new Checksums(ChecksumFormats.bytesToHex(p.getContentMd5()), null, null),
                    archiveState(tier, p.getArchiveStatus()),
                    ObjectAttributes.of(p.getContentType(), p.getContentEncoding(), item.getMetadata())));
        }
        String next = page.getContinuationToken();
        return new ListPage(objects, next == null || next.isEmpty() ? null : next);
    }

    @Override
    public ObjectInfo head(ObjectKey key) {
        BlobProperties p = call("head " + key, () -> blob(key).getProperties());
        String tier = p.getAccessTier() == null ? "Hot" : p.getAccessTier().toString();
        return new ObjectInfo(key, p.getBlobSize(), tier, unquote(p.getETag()), p.getVersionId(),
                p.getLastModified().toInstant(), new Checksums(ChecksumFormats.bytesToHex(p.getContentMd5()), null,
                null), archiveState(tier, p.getArchiveStatus()),
                ObjectAttributes.of(p.getContentType(), p.getContentEncoding(), p.getMetadata()));
    }

    @Override
    public InputStream get(ObjectKey key, ByteRange range, Precondition precondition) {
        ObjectInfo info = head(key);
        if (precondition.etag() != null && !precondition.etag().equals(info.etag())) {
            throw new PreconditionFailedException(key + " changed: its ETag is now " + info.etag());
        }
        long length = range.lengthWithin(info.size());
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        // Every chunk is read under the ETag seen here: a blob replaced mid-read fails instead of mixing versions.
        BlobInputStreamOptions options = new BlobInputStreamOptions()
                .setRange(new BlobRange(range.offset(), length))
                .setRequestConditions(new BlobRequestConditions().setIfMatch(quote(info.etag())));
        InputStream in = call("get " + key, () -> blob(key).openInputStream(options));
        return new ExpectedLengthInputStream(in, length, "get " + key, Checksums.NONE, info.attributes());
    }

    @Override
    public PutResult put(ObjectKey key, InputStream content, long length, PutOptions options) {
        // The source's own MD5 (options.expected(), e.g. an S3 single-part ETag) can replace ours: sent as a Put
        // Blob's Content-MD5 it is checked by the service over the bytes it received; a block blob needs besides
        // the source's CRC32C, which our CRC32C of the whole content must equal before the block list is committed.
        String expectedMd5 = options.expected().md5();
        String expectedCrc = options.expected().crc32c();
        boolean singleByLength = length != UNKNOWN_LENGTH && length <= config.transfer().multipartThreshold();
        boolean withMd5 = expectedMd5 == null || (expectedCrc == null && !singleByLength);
        UploadSource source = new UploadSource(content, length, config.transfer(), "put " + key, withMd5);
        BlockBlobClient block = blob(key).getBlockBlobClient();
        // A single Put Blob is sent from memory (at most the threshold): its Content-MD5 goes in the headers, so
        // without the source's MD5 the body must be read and hashed before the request starts (with it, the body
        // could be streamed: not done yet).
        if (source.fitsOneRequest()) {
            byte[] bytes = source.readAll();
            Checksums ours = source.checksums();
            requireExpected(key, ours, options.expected());
            String md5Hex = ours.md5() != null ? ours.md5() : expectedMd5;
            byte[] md5 = ChecksumFormats.hexToBytes(md5Hex);
            BlockBlobWrites.Written written = call("put " + key,
                    () -> writes.putBlob(block.getBlobUrl(), bytes, md5, options));
            // Put Blob checked the bytes it received against the Content-MD5 sent (ours, or the source's) and
            // answers with the MD5 it computed.
            return new PutResult(key, bytes.length, written.etag(), written.versionId(),
                    new Checksums(md5Hex, ours.crc32c(), null), 1, new Checksums(written.md5Hex(), null, null));
        }
        List<String> blockIds = stageBlocks(key, block.getBlobUrl(), source);
        Checksums ours = source.checksums();
        // Before anything is visible: the content read must be the source's (its stored CRC32C, or MD5).
        requireExpected(key, ours, options.expected());
        String md5Hex = ours.md5() != null ? ours.md5() : expectedMd5;
        byte[] md5 = ChecksumFormats.hexToBytes(md5Hex);
        BlockBlobWrites.Written written = call("commit " + key,
                () -> writes.putBlockList(block.getBlobUrl(), blockIds, md5, options));
        // Put Block List answers with no checksum of the blob; but each block's MD5 was checked as it was staged,
        // and the blob is exactly this upload's blocks, in order.
        return new PutResult(key, source.size(), written.etag(), written.versionId(),
                new Checksums(md5Hex, ours.crc32c(), null), blockIds.size(), Checksums.NONE, true);
    }

    /** Fails the put, before it commits, when the content's checksums contradict those it was expected to have. */
    private static void requireExpected(ObjectKey key, Checksums ours, Checksums expected) {
        boolean md5Differs = ours.md5() != null && expected.md5() != null && !ours.md5().equals(expected.md5());
        boolean crcDiffers = ours.crc32c() != null && expected.crc32c() != null
                && !ours.crc32c().equals(expected.crc32c());
        if (md5Differs || crcDiffers) {
            throw new ChecksumMismatchException("put " + key + ": the content read " + ours
                    + " is not the expected " + expected + "; nothing was written");
        }
    }

    private List<String> stageBlocks(ObjectKey key, String blobUrl, UploadSource source) {
        List<String> ids = new ArrayList<>();
        String upload = newUploadId();
        byte[] buffer = source.newPartBuffer();
        for (int n = source.readPart(buffer); n > 0; n = source.readPart(buffer)) {
            String id = blockId(upload, ids.size());
            byte[] md5 = md5(buffer, n);
            int length = n;
            // Sent straight from the part buffer, not copied; the call returns before the buffer is reused.
            ids.add(call("stage block " + ids.size() + " of " + key, () -> {
                writes.putBlock(blobUrl, id, buffer, length, md5);
                return id;
            }));
        }
        // Staged blocks that are never committed are dropped by the service after a week; nothing is visible.
        return ids;
    }

    @Override
    public ObjectInfo copy(ObjectKey source, ObjectKey target, String storageClass) {
        ObjectInfo from = head(source);
        String operation = "copy " + source + " to " + target;
        try {
            AzureServerSideCopy.copy(blob(source).getBlobUrl(), quote(from.etag()), blob(target), tier(storageClass),
                    operation);
        }
        catch (RuntimeException e) {
            throw AzureErrors.translate(operation, e);
        }
        return head(target);
    }

    @Override
    public void changeStorageClass(ObjectKey key, String storageClass) {
        call("set tier of " + key, () -> blob(key).setAccessTierWithResponse(
                new BlobSetAccessTierOptions(AccessTier.fromString(storageClass)), null, Context.NONE));
    }

    @Override
    public void restore(ObjectKey key, RestoreRequest request) {
        RehydratePriority priority = request.priority() == RestoreRequest.Priority.HIGH
                ? RehydratePriority.HIGH : RehydratePriority.STANDARD;
        call("rehydrate " + key, () -> blob(key).setAccessTierWithResponse(
                new BlobSetAccessTierOptions(AccessTier.fromString(request.targetClass())).setPriority(priority),
                null, Context.NONE));
    }

    @Override
    public void delete(ObjectKey key, Precondition precondition) {
        BlobRequestConditions conditions = new BlobRequestConditions();
        if (precondition.etag() != null) {
            conditions.setIfMatch(quote(precondition.etag()));
        }
        try {
            // No snapshot option: a blob with snapshots is refused (409 SnapshotsPresent), never its snapshots
            // deleted along with it.
            call("delete " + key, () -> blob(key).deleteWithResponse(null, conditions, null, Context.NONE));
        }
        catch (NotFoundException e) {
            if (!precondition.isNone()) {
                throw new NotFoundException(key + " is already deleted", e);
            }
        }
        catch (PreconditionFailedException e) {
            throw alreadyDeletedOr(key, e);
        }
    }

    /**
     * A guarded request refused with 412 may have found nothing at all (Azurite answers so for If-Match on a missing
     * blob): then the answer is "already deleted", one meaning on every adapter.
     */
    private StorageException alreadyDeletedOr(ObjectKey key, PreconditionFailedException refused) {
        try {
            head(key);
            return refused;
        }
        catch (NotFoundException missing) {
            missing.addSuppressed(refused);
            return new NotFoundException(key + " is already deleted", missing);
        }
    }

    @Override
    public void close() {
        // The SDK's shared HTTP client and its threads belong to the JVM, not to one adapter.
    }

    private BlobClient blob(ObjectKey key) {
        return service.getBlobContainerClient(key.bucket()).getBlobClient(key.key());
    }

    private static <T> T call(String operation, Supplier<T> request) {
        try {
            return request.get();
        }
        catch (RuntimeException e) {
            throw AzureErrors.translate(operation, e);
        }
    }

    private static AccessTier tier(String storageClass) {
        return storageClass == null ? null : AccessTier.fromString(storageClass);
    }

    private static ArchiveState archiveState(String tier, ArchiveStatus status) {
        if (status != null) {
            return ArchiveState.REHYDRATING;
        }
        return ARCHIVE.equalsIgnoreCase(tier) ? ArchiveState.ARCHIVED : ArchiveState.ONLINE;
    }

    /** Random per upload: two uploads to one blob never stage the same block id. */
    private static String newUploadId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Block ids must all have one length within a blob: the upload's id and a zero-padded counter. */
    private static String blockId(String upload, int index) {
        return Base64.getEncoder().encodeToString(String.format("%s-%08d", upload, index)
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] md5(byte[] buffer, int length) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(buffer, 0, length);
            return md5.digest();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    private static String quote(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }
}
