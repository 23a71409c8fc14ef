package io.cloudflux.storage.aws;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ChecksumFormats;
import io.cloudflux.storage.ChecksummingInputStream;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.UploadSource;
import io.cloudflux.storage.retry.Retrier;
import io.cloudflux.storage.retry.RetryPolicy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * One multipart upload, part after part from a stream. Nothing becomes visible until the upload completes; any
 * failure, an early end of the source included, aborts it so that no part is left behind to be billed.
 */
final class MultipartUpload {

    private static final int MAX_PARTS = 10_000;

    /** A few quick attempts: the abort runs while the caller waits for the put's failure. */
    static final RetryPolicy ABORT_RETRIES = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2),
            Duration.ofSeconds(10));

    private final S3Client s3;
    private final ObjectKey key;
    private final PutOptions options;
    private final Retrier abortRetrier;

    MultipartUpload(S3Client s3, ObjectKey key, PutOptions options, Retrier abortRetrier) {
        this.s3 = s3;
        this.key = key;
        this.options = options;
        this.abortRetrier = abortRetrier;
    }

    MultipartUpload(S3Client s3, ObjectKey key, PutOptions options) {
        this(s3, key, options, Retrier.of(ABORT_RETRIES));
    }

    PutResult run(UploadSource source) {
        String uploadId = S3StorageAdapter.call("start upload " + key, () -> s3.createMultipartUpload(b -> b
                .bucket(key.bucket()).key(key.key())
                .contentType(options.contentTypeOrDefault())
                .contentEncoding(options.contentEncoding())
                .metadata(options.metadata())
                .storageClass(options.storageClass())
                .checksumAlgorithm(ChecksumAlgorithm.CRC32_C)
                .checksumType(ChecksumType.FULL_OBJECT))).uploadId();
        try {
            List<CompletedPart> parts = uploadParts(source, uploadId);
            Checksums checksums = source.checksums();
            CompleteMultipartUploadResponse done = S3StorageAdapter.call("complete upload " + key,
                    () -> s3.completeMultipartUpload(b -> b.bucket(key.bucket()).key(key.key()).uploadId(uploadId)
                            .ifNoneMatch(options.condition().mustBeAbsent() ? "*" : null)
                            .ifMatch(options.condition().etag() == null ? null
                                    : S3StorageAdapter.quote(options.condition().etag()))
                            .checksumType(ChecksumType.FULL_OBJECT)
                            .checksumCRC32C(ChecksumFormats.hexToBase64(checksums.crc32c()))
                            .multipartUpload(u -> u.parts(parts))));
            // A multipart ETag is no MD5: what S3 stored is proven by the full-object CRC32C it checked.
            return new PutResult(key, source.size(), S3StorageAdapter.unquote(done.eTag()), done.versionId(),
                    checksums, parts.size(),
                    new Checksums(null, ChecksumFormats.base64ToHex(done.checksumCRC32C(), 4), null));
        }
        catch (RuntimeException e) {
            abort(uploadId, e);
            throw e;
        }
    }

    private List<CompletedPart> uploadParts(UploadSource source, String uploadId) {
        List<CompletedPart> parts = new ArrayList<>();
        byte[] buffer = source.newPartBuffer();
        for (int n = source.readPart(buffer); n > 0; n = source.readPart(buffer)) {
            int partNumber = parts.size() + 1;
            if (partNumber > MAX_PARTS) {
                throw S3StorageAdapter.tooManyParts(key, MAX_PARTS);
            }
            parts.add(uploadPart(uploadId, partNumber, buffer, n));
        }
        return parts;
    }

    /** Each part carries its CRC32C, which S3 checks; a second hash per byte (a part's Content-MD5) adds nothing. */
    private CompletedPart uploadPart(String uploadId, int partNumber, byte[] buffer, int length) {
        CRC32C crc = new CRC32C();
        crc.update(buffer, 0, length);
        String crc32c = ChecksumFormats.hexToBase64(ChecksummingInputStream.crc32cHex(crc.getValue()));
        String etag = S3StorageAdapter.call("upload part " + partNumber + " of " + key, () -> s3.uploadPart(b -> b
                        .bucket(key.bucket()).key(key.key()).uploadId(uploadId).partNumber(partNumber)
                        .contentLength((long) length).checksumCRC32C(crc32c),
                RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length))).eTag();
        return CompletedPart.builder().partNumber(partNumber).eTag(etag).checksumCRC32C(crc32c).build();
    }

    /**
     * Aborts the upload, retried on throttling and transient errors (nobody else will: the caller sees the put's
     * own failure), so that no part is left behind to be billed.
     */
    private void abort(String uploadId, Exception cause) {
        try {
            abortRetrier.run("abort upload " + key, () -> S3StorageAdapter.call("abort upload " + key,
                    () -> s3.abortMultipartUpload(b -> b.bucket(key.bucket()).key(key.key()).uploadId(uploadId))));
        }
        catch (RuntimeException e) {
            // A lifecycle rule must clean up after us then; the original failure is what the caller needs.
            cause.addSuppressed(e);
        }
    }
}
