package io.cloudflux.storage.aws;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.TransientException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.CompletedCopy;

/**
 * Server-side copies within one account through {@link S3TransferManager#copy}, on the SDK's Java-based multipart
 * {@link S3AsyncClient}: up to the multipart threshold one CopyObject, above it (and always past CopyObject's 5 GiB
 * limit) a multipart copy whose UploadPartCopy requests the SDK sends in parallel. No byte passes through this JVM.
 *
 * <p>Guarantees kept from the hand-written multipart copy this replaces: the SDK's HeadObject and every part copy
 * carry the source's ETag ({@code x-amz-copy-source-if-match}), so a source replaced during the copy fails it
 * instead of mixing two versions; a failed multipart copy is aborted by the SDK; a multipart copy keeps the source's
 * content type and user metadata (the SDK copies them from its head when the directive is COPY); the SDK's own
 * retries are off, as on the sync client; errors come out as the sealed {@link StorageException} types.
 */
final class ServerSideCopy implements AutoCloseable {

    private final S3AsyncClient async;
    private final S3TransferManager transferManager;
    private final long singleCopyLimit;

    ServerSideCopy(S3Config config) {
        S3AsyncClientBuilder builder = S3AsyncClient.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(config.credentials())
                .forcePathStyle(config.pathStyle())
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .maxConcurrency(config.maxConnections())
                        // Every part copy of a large object is queued at once; a queued request waits for a
                        // connection, and must not fail just because the parts ahead of it take a while.
                        .connectionAcquisitionTimeout(Duration.ofMinutes(10)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .multipartEnabled(true)
                .multipartConfiguration(m -> m
                        .thresholdInBytes(config.transfer().multipartThreshold())
                        .minimumPartSizeInBytes((long) config.transfer().partSize()));
        if (config.endpoint() != null) {
            builder.endpointOverride(config.endpoint());
        }
        // Copies carry no payload, so S3Config.unsignedPayloadOverHttp has nothing to change here.
        // The SDK copies in one request when the source is at most the threshold or one part, in parts above.
        this.singleCopyLimit = Math.max(config.transfer().multipartThreshold(), config.transfer().partSize());
        this.async = builder.build();
        this.transferManager = S3TransferManager.builder().s3Client(async).build();
    }

    /** Copies {@code source} as it was headed (its ETag) to {@code target}, in a new class or the source's. */
    void copy(ObjectInfo source, ObjectKey target, String storageClass) {
        CopyObjectRequest.Builder request = CopyObjectRequest.builder()
                .sourceBucket(source.key().bucket()).sourceKey(source.key().key())
                .destinationBucket(target.bucket()).destinationKey(target.key())
                .copySourceIfMatch(S3StorageAdapter.quote(source.etag()))
                .storageClass(storageClass)
                .metadataDirective(MetadataDirective.COPY);
        if (source.size() <= singleCopyLimit) {
            // One CopyObject: S3 computes and keeps the copy's full-object CRC32C. Not asked of a multipart copy:
            // its completion would need every part's CRC32C from the UploadPartCopy answers, which S3-compatible
            // stores (S3Mock 5.2.0) do not send; a multipart copy keeps no full-object checksum either way.
            request.checksumAlgorithm(ChecksumAlgorithm.CRC32_C);
        }
        CopyObjectRequest copyRequest = request.build();
        String operation = "copy " + source.key() + " to " + target;
        CompletableFuture<CompletedCopy> done = transferManager.copy(c -> c.copyObjectRequest(copyRequest))
                .completionFuture();
        try {
            done.get();
        }
        catch (InterruptedException e) {
            // Stop the copy rather than leave it running unobserved: the SDK aborts a cancelled multipart copy.
            done.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransientException(operation + ": interrupted", e);
        }
        catch (ExecutionException | CompletionException | CancellationException e) {
            throw translate(operation, e);
        }
    }

    /**
     * A failed copy future as a storage error: the first storage or SDK exception in its chain, translated as the
     * sync client's are; else an I/O failure or a cancellation is transient, anything else permanent.
     */
    static StorageException translate(String operation, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StorageException storage) {
                return storage;
            }
            if (cause instanceof SdkException sdk) {
                return S3Errors.translate(operation, sdk);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof CancellationException) {
                return new TransientException(operation + ": " + cause, failure);
            }
        }
        return new PermanentException(operation + ": " + failure, failure);
    }

    @Override
    public void close() {
        transferManager.close();
        async.close();
    }
}
