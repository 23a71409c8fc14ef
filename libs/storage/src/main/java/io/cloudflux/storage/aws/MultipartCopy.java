package io.cloudflux.storage.aws;

import java.util.ArrayList;
import java.util.List;

import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.TransferSettings;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * A server-side copy in parts (UploadPartCopy), for objects above the multipart threshold and the only way past
 * CopyObject's 5 GiB limit. Every part copy is guarded by the source's ETag, so a source replaced during the copy
 * fails it instead of mixing two versions.
 */
final class MultipartCopy {

    private final S3Client s3;
    private final TransferSettings transfer;

    MultipartCopy(S3Client s3, TransferSettings transfer) {
        this.s3 = s3;
        this.transfer = transfer;
    }

    void run(ObjectInfo source, ObjectKey target, String storageClass) {
        // A multipart copy starts a new object: unlike CopyObject it would drop the source's content type and user
        // metadata, which a class change in place must keep.
        HeadObjectResponse head = S3StorageAdapter.call("head " + source.key(), () -> s3.headObject(b -> b
                .bucket(source.key().bucket()).key(source.key().key()).ifMatch(S3StorageAdapter.quote(source.etag()))));
        String uploadId = S3StorageAdapter.call("start copy to " + target, () -> s3.createMultipartUpload(b -> b
                .bucket(target.bucket()).key(target.key()).storageClass(storageClass)
                .contentType(head.contentType()).metadata(head.metadata()))).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long partSize = Math.max(transfer.partSize(), ceilDiv(source.size(), 10_000));
            for (long offset = 0; offset < source.size(); offset += partSize) {
                int partNumber = parts.size() + 1;
                String range = "bytes=" + offset + "-" + (Math.min(source.size(), offset + partSize) - 1);
                String etag = S3StorageAdapter.call("copy part " + partNumber + " to " + target,
                        () -> s3.uploadPartCopy(b -> b.sourceBucket(source.key().bucket())
                                .sourceKey(source.key().key()).copySourceIfMatch(source.etag())
                                .destinationBucket(target.bucket()).destinationKey(target.key())
                                .uploadId(uploadId).partNumber(partNumber).copySourceRange(range)))
                        .copyPartResult().eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            S3StorageAdapter.call("complete copy to " + target, () -> s3.completeMultipartUpload(b -> b
                    .bucket(target.bucket()).key(target.key()).uploadId(uploadId)
                    .multipartUpload(u -> u.parts(parts))));
        }
        catch (RuntimeException e) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(target.bucket()).key(target.key()).uploadId(uploadId));
            }
            catch (RuntimeException abortFailure) {
                e.addSuppressed(abortFailure);
            }
            throw e;
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
