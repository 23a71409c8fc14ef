package io.cloudflux.storage.aws;

import java.time.Duration;
import java.util.Set;

import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.ThrottledException;
import io.cloudflux.storage.TransientException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Translates the SDK's exceptions into the storage error types. */
final class S3Errors {

    private static final Set<String> THROTTLING = Set.of("SlowDown", "Throttling", "ThrottlingException",
            "RequestLimitExceeded", "TooManyRequests");
    private static final Set<String> DIGEST = Set.of("BadDigest", "InvalidDigest", "XAmzContentChecksumMismatch",
            "XAmzContentSHA256Mismatch", "InvalidChecksum");

    private S3Errors() {
    }

    static StorageException translate(String operation, SdkException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StorageException fromSource) {
                // Our own source stream failed inside the request (ended early, ran long): that is the real cause.
                return fromSource;
            }
        }
        if (e instanceof SdkServiceException service) {
            return fromService(operation, service);
        }
        if (e instanceof SdkClientException) {
            // No answer from the service: connection refused or reset, timeout, a body cut short.
            return new TransientException(operation + ": " + e.getMessage(), e);
        }
        return new PermanentException(operation + ": " + e.getMessage(), e);
    }

    private static StorageException fromService(String operation, SdkServiceException e) {
        int status = e.statusCode();
        String code = e instanceof S3Exception s3 && s3.awsErrorDetails() != null
                ? s3.awsErrorDetails().errorCode() : null;
        String message = operation + ": " + status + (code == null ? "" : " " + code);
        if (status == 404) {
            return new NotFoundException(message, e);
        }
        if (status == 412 || "ConditionalRequestConflict".equals(code)) {
            return new PreconditionFailedException(message, e);
        }
        if (status == 429 || THROTTLING.contains(code)) {
            return new ThrottledException(message, retryAfter(e), e);
        }
        if (code != null && DIGEST.contains(code)) {
            return new ChecksumMismatchException(message, e);
        }
        if (status >= 500 || status == 408) {
            return new TransientException(message, e);
        }
        return new PermanentException(message, e);
    }

    private static Duration retryAfter(SdkServiceException e) {
        if (!(e instanceof S3Exception s3) || s3.awsErrorDetails() == null
                || s3.awsErrorDetails().sdkHttpResponse() == null) {
            return null;
        }
        return s3.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After")
                .filter(v -> v.chars().allMatch(Character::isDigit))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)))
                .orElse(null);
    }
}
