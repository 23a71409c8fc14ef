package io.cloudflux.storage.aws;

import java.io.ByteArrayInputStream;
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

    private final S3Client s3;
    private final ObjectKey key;
    private final PutOptions options;

    MultipartUpload(S3Client s3, ObjectKey key, PutOptions options) {
        this.s3 = s3;
        this.key = key;
        this.options = options;
    }

    PutResult run(UploadSource source) {
        String uploadId = S3StorageAdapter.call("start upload " + key, () -> s3.createMultipartUpload(b -> b
                .bucket(key.bucket()).key(key.key())
                .contentType(options.contentTypeOrDefault())
                .metadata(options.metadata())
                .storageClass(options.storageClass())
                .checksumAlgorithm(ChecksumAlgorithm.CRC32_C)
                .checksumType(ChecksumType.FULL_OBJECT))).uploadId();
        try {
            List<CompletedPart> parts = uploadParts(source, uploadId);
            Checksums checksums = source.checksums();
            CompleteMultipartUploadResponse done = S3StorageAdapter.call("complete upload " + key,
                    () -> s3.completeMultipartUpload(b -> b.bucket(key.bucket()).key(key.key()).uploadId(uploadId)
                            .checksumType(ChecksumType.FULL_OBJECT)
                            .checksumCRC32C(ChecksumFormats.hexToBase64(checksums.crc32c()))
                            .multipartUpload(u -> u.parts(parts))));
            return new PutResult(key, source.size(), S3StorageAdapter.unquote(done.eTag()), done.versionId(),
                    checksums, parts.size(), S3StorageAdapter.stored(done.eTag(), done.checksumCRC32C()));
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

    private void abort(String uploadId, Exception cause) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(key.bucket()).key(key.key()).uploadId(uploadId));
        }
        catch (RuntimeException e) {
            // A lifecycle rule must clean up after us then; the original failure is what the caller needs.
            cause.addSuppressed(e);
        }
    }
}
