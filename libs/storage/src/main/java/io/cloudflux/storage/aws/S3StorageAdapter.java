package io.cloudflux.storage.aws;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;
import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ChecksumFormats;
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
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.TransientException;
import io.cloudflux.storage.UploadSource;
import io.cloudflux.storage.WriteCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ArchiveStatus;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.GlacierJobParameters;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.Tier;

/**
 * S3 and S3-compatible stores through the AWS SDK v2. Reads, lists and puts use the sync client: puts above the
 * multipart threshold stream as a multipart upload holding one part in memory, every part with its CRC32C for S3 to
 * check, and the upload declares its full-object CRC32C (computed while streaming) so that S3 checks the whole object
 * as well and keeps a checksum that other providers can be compared with. Puts commit under their condition
 * (If-None-Match / If-Match on PutObject and CompleteMultipartUpload). Server-side copies go through the S3 Transfer
 * Manager ({@link ServerSideCopy}); a class change is one CopyObject in place up to 5 GiB, so S3 keeps a full-object
 * CRC32C. An ETag is taken for an MD5 only where S3 guarantees it: a single-part object without SSE-KMS or SSE-C, as
 * a head or get reports it (a listing does not say how an object is encrypted). The SDK's own retries are off:
 * retries live in one place.
 */
public final class S3StorageAdapter implements StorageAdapter {

    private static final Logger log = LoggerFactory.getLogger(S3StorageAdapter.class);
    private static final Set<String> ARCHIVE_CLASSES = Set.of("GLACIER", "DEEP_ARCHIVE");
    /** CopyObject's limit; a larger object can only be copied in parts. */
    private static final long SINGLE_COPY_LIMIT = 5L << 30;

    private final S3Config config;
    private final S3Client s3;
    private final ServerSideCopy serverSideCopy;

    public S3StorageAdapter(S3Config config) {
        this.config = Objects.requireNonNull(config, "config");
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(config.credentials())
                .forcePathStyle(config.pathStyle())
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(config.maxConnections()))
                // We send our own checksums and verify them ourselves; the SDK adding its own would double the work.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (config.endpoint() != null) {
            builder.endpointOverride(config.endpoint());
        }
        if (config.unsignedPayloadOverHttp()) {
            builder.putAuthScheme(UnsignedPayloadSigner.authScheme());
        }
        this.s3 = builder.build();
        this.serverSideCopy = new ServerSideCopy(config);
    }

    @Override
    public Provider provider() {
        return Provider.AWS;
    }

    @Override
    public Location locationOf(ObjectKey key) {
        return Location.s3(key.bucket(), key.key());
    }

    @Override
    public void createBucket(String bucket) {
        try {
            s3.createBucket(b -> b.bucket(bucket));
        }
        catch (BucketAlreadyOwnedByYouException e) {
            // Already there: that is what was asked for.
        }
        catch (SdkException e) {
            throw S3Errors.translate("create bucket " + bucket, e);
        }
    }

    @Override
    public ListPage list(String bucket, String prefix, String pageToken, int pageSize) {
        ListObjectsV2Response page = call("list " + bucket + "/" + prefix, () -> s3.listObjectsV2(b -> b.bucket(bucket)
                .prefix(prefix).maxKeys(pageSize).continuationToken(pageToken)));
        List<ObjectInfo> objects = new ArrayList<>(page.contents().size());
        for (S3Object o : page.contents()) {
            String storageClass = o.storageClassAsString() == null ? "STANDARD" : o.storageClassAsString();
            // No MD5 from a listed ETag: the listing does not say whether SSE-KMS or SSE-C made it something else.
            objects.add(new ObjectInfo(new ObjectKey(bucket, o.key()), o.size(), storageClass, unquote(o.eTag()), null,
                    o.lastModified(), Checksums.NONE, archiveState(storageClass, null, null)));
        }
        return new ListPage(objects, Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null);
    }

    @Override
    public ObjectInfo head(ObjectKey key) {
        HeadObjectResponse head = call("head " + key, () -> s3.headObject(b -> b.bucket(key.bucket()).key(key.key())
                .checksumMode(ChecksumMode.ENABLED)));
        String storageClass = head.storageClassAsString() == null ? "STANDARD" : head.storageClassAsString();
        String etag = unquote(head.eTag());
        String crc32c = head.checksumType() == ChecksumType.COMPOSITE ? null
                : ChecksumFormats.base64ToHex(head.checksumCRC32C(), 4);
        String sha256 = head.checksumType() == ChecksumType.COMPOSITE ? null
                : ChecksumFormats.base64ToHex(head.checksumSHA256(), 32);
        return new ObjectInfo(key, head.contentLength(), storageClass, etag, head.versionId(), head.lastModified(),
                new Checksums(md5FromEtag(etag, head.serverSideEncryption(), head.sseCustomerAlgorithm()), crc32c,
                        sha256),
                archiveState(storageClass, head.archiveStatus(), head.restore()),
                ObjectAttributes.of(head.contentType(), head.contentEncoding(), head.metadata()));
    }

    /** S3 answers every metadata name in lower case, whatever case it was written in. */
    @Override
    public ObjectAttributes kept(ObjectAttributes wanted) {
        if (!wanted.isKnown()) {
            return wanted;
        }
        Map<String, String> lowerCase = new java.util.LinkedHashMap<>();
        wanted.metadata().forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
        return ObjectAttributes.of(wanted.contentType(), wanted.contentEncoding(), lowerCase);
    }

    /** MD5, CRC32C (and, on S3, SHA-256) in a head are computed by the provider over what it stores. */
    @Override
    public boolean headChecksumsComputedByProvider() {
        return true;
    }

    @Override
    public InputStream get(ObjectKey key, ByteRange range, Precondition precondition) {
        ResponseInputStream<GetObjectResponse> in = call("get " + key, () -> s3.getObject(b -> {
            b.bucket(key.bucket()).key(key.key());
            if (!range.isAll()) {
                b.range(range.httpHeader());
            }
            if (precondition.etag() != null) {
                b.ifMatch(quote(precondition.etag()));
            }
            if (range.isAll()) {
                // S3 then sends the whole object's stored CRC32C with the bytes, which the SDK checks as they
                // stream (in hardware) and a verified copy compares with its own: link 1 without an MD5.
                b.checksumMode(ChecksumMode.ENABLED);
            }
        }));
        GetObjectResponse response = in.response();
        Checksums stored = !range.isAll() ? Checksums.NONE : new Checksums(
                md5FromEtag(unquote(response.eTag()), response.serverSideEncryption(), response.sseCustomerAlgorithm()),
                response.checksumType() == ChecksumType.COMPOSITE ? null
                        : ChecksumFormats.base64ToHex(response.checksumCRC32C(), 4), null);
        return new ExpectedLengthInputStream(in, response.contentLength(), "get " + key, stored,
                ObjectAttributes.of(response.contentType(), response.contentEncoding(), response.metadata()));
    }

    @Override
    public PutResult put(ObjectKey key, InputStream content, long length, PutOptions options) {
        // A streamed single PUT needs no MD5 from us: S3 checks the CRC32C trailer and answers with the MD5 it
        // computed (the ETag), which a verified copy compares with the source's. Above the threshold (and for an
        // unknown length) we compute the whole object's MD5 as well: a multipart ETag is no MD5.
        boolean streamedSinglePut = length != UNKNOWN_LENGTH && length <= config.transfer().multipartThreshold();
        UploadSource source = new UploadSource(content, length, config.transfer(), "put " + key, !streamedSinglePut);
        if (!source.fitsOneRequest()) {
            return new MultipartUpload(s3, key, options).run(source);
        }
        if (source.hasKnownLength()) {
            // Streamed as it is read: the SDK sends the CRC32C it computes as a trailer, and S3 checks it.
            var response = call("put " + key, () -> s3.putObject(request(key, options, length)
                            .checksumAlgorithm(ChecksumAlgorithm.CRC32_C).build(),
                    RequestBody.fromInputStream(source.streamAll(), length)));
            return new PutResult(key, length, unquote(response.eTag()), response.versionId(), source.checksums(), 1,
                    stored(response));
        }
        byte[] bytes = source.readAll();
        Checksums checksums = source.checksums();
        var response = call("put " + key, () -> s3.putObject(request(key, options, bytes.length)
                        .contentMD5(ChecksumFormats.hexToBase64(checksums.md5()))
                        .checksumCRC32C(ChecksumFormats.hexToBase64(checksums.crc32c())).build(),
                RequestBody.fromInputStream(new ByteArrayInputStream(bytes), bytes.length)));
        return new PutResult(key, bytes.length, unquote(response.eTag()), response.versionId(), checksums, 1,
                stored(response));
    }

    private static PutObjectRequest.Builder request(ObjectKey key, PutOptions options, long length) {
        WriteCondition condition = options.condition();
        return PutObjectRequest.builder().bucket(key.bucket()).key(key.key())
                .contentLength(length)
                .contentType(options.contentTypeOrDefault())
                .contentEncoding(options.contentEncoding())
                .metadata(options.metadata())
                .storageClass(options.storageClass())
                .ifNoneMatch(condition.mustBeAbsent() ? "*" : null)
                .ifMatch(condition.etag() == null ? null : quote(condition.etag()));
    }

    /** What S3 says it stored: the MD5 in the ETag where it is one, the full-object CRC32C it checked. */
    private static Checksums stored(PutObjectResponse response) {
        return new Checksums(md5FromEtag(unquote(response.eTag()), response.serverSideEncryption(),
                response.sseCustomerAlgorithm()), ChecksumFormats.base64ToHex(response.checksumCRC32C(), 4), null);
    }

    @Override
    public ObjectInfo copy(ObjectKey source, ObjectKey target, String storageClass) {
        // The bytes never leave S3: one CopyObject up to the multipart threshold, a multipart copy with parallel
        // part copies above it, both guarded by the ETag seen here.
        serverSideCopy.copy(head(source), target, storageClass);
        return head(target);
    }

    @Override
    public void changeStorageClass(ObjectKey key, String storageClass) {
        // S3's own mechanism: the object copied onto itself with a new class; the bytes never leave S3. One
        // CopyObject up to its 5 GiB limit, asking S3 for the copy's CRC32C: a multipart copy would keep no
        // full-object checksum, and a later copy from this object could not prove its source link with one.
        ObjectInfo seen = head(key);
        if (seen.size() > SINGLE_COPY_LIMIT) {
            serverSideCopy.copy(seen, key, storageClass);
            return;
        }
        call("change class of " + key, () -> s3.copyObject(b -> b
                .sourceBucket(key.bucket()).sourceKey(key.key())
                .destinationBucket(key.bucket()).destinationKey(key.key())
                .copySourceIfMatch(quote(seen.etag()))
                .storageClass(storageClass)
                .metadataDirective(MetadataDirective.COPY)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32_C)));
    }

    @Override
    public void restore(ObjectKey key, RestoreRequest request) {
        Tier tier = switch (request.priority()) {
            case BULK -> Tier.BULK;
            case STANDARD -> Tier.STANDARD;
            case HIGH -> Tier.EXPEDITED;
        };
        call("restore " + key, () -> s3.restoreObject(b -> b.bucket(key.bucket()).key(key.key())
                .restoreRequest(r -> r.days((int) request.keepFor().toDays())
                        .glacierJobParameters(GlacierJobParameters.builder().tier(tier).build()))));
    }

    @Override
    public void delete(ObjectKey key, Precondition precondition) {
        try {
            call("delete " + key, () -> s3.deleteObject(b -> {
                b.bucket(key.bucket()).key(key.key());
                if (precondition.etag() != null) {
                    b.ifMatch(quote(precondition.etag()));
                }
            }));
        }
        catch (PreconditionFailedException refused) {
            // If-Match on a missing key may be answered 412 as well as 404: "already deleted" has one meaning.
            try {
                head(key);
            }
            catch (NotFoundException missing) {
                missing.addSuppressed(refused);
                throw new NotFoundException(key + " is already deleted", missing);
            }
            throw refused;
        }
    }

    @Override
    public void close() {
        serverSideCopy.close();
        s3.close();
    }

    static <T> T call(String operation, Supplier<T> request) {
        try {
            return request.get();
        }
        catch (SdkException e) {
            StorageException translated = S3Errors.translate(operation, e);
            log.debug("{} failed: {}", operation, translated.getMessage());
            throw translated;
        }
        catch (UncheckedIOException e) {
            throw new TransientException(operation + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the bytes are readable now: not in Glacier Flexible Retrieval or Deep Archive, nor in an
     * Intelligent-Tiering archive tier (its class stays INTELLIGENT_TIERING; the head's archive status says),
     * unless restored.
     */
    static ArchiveState archiveState(String storageClass, ArchiveStatus archiveStatus, String restoreHeader) {
        boolean archived = ARCHIVE_CLASSES.contains(storageClass.toUpperCase(Locale.ROOT))
                || archiveStatus == ArchiveStatus.ARCHIVE_ACCESS || archiveStatus == ArchiveStatus.DEEP_ARCHIVE_ACCESS;
        if (!archived) {
            return ArchiveState.ONLINE;
        }
        if (restoreHeader == null) {
            return ArchiveState.ARCHIVED;
        }
        return restoreHeader.contains("ongoing-request=\"true\"") ? ArchiveState.REHYDRATING : ArchiveState.REHYDRATED;
    }

    /**
     * The MD5 an ETag is, or {@code null}: S3 guarantees it only for a single-part object (a multipart ETag ends in
     * "-N") stored unencrypted or with SSE-S3; under SSE-KMS or SSE-C the ETag is 32 hex digits and no MD5.
     */
    static String md5FromEtag(String etag, ServerSideEncryption encryption, String customerAlgorithm) {
        boolean s3Managed = encryption == null || encryption == ServerSideEncryption.AES256;
        boolean isHex32 = etag != null && etag.length() == 32
                && etag.chars().allMatch(c -> Character.digit(c, 16) >= 0);
        return s3Managed && customerAlgorithm == null && isHex32 ? etag : null;
    }

    static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    static String quote(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }

    static PermanentException tooManyParts(ObjectKey key, int parts) {
        return new PermanentException("put " + key + ": more than " + parts + " parts; raise the part size");
    }
}
