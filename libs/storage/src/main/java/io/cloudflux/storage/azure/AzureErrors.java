package io.cloudflux.storage.azure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import com.azure.core.exception.HttpResponseException;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobStorageException;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.ThrottledException;
import io.cloudflux.storage.TransientException;

/** Translates the Azure SDK's exceptions into the storage error types. */
final class AzureErrors {

    private AzureErrors() {
    }

    static StorageException translate(String operation, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StorageException storage) {
                // Our own source stream failed inside the request (ended early, ran long): that is the real cause.
                return storage;
            }
        }
        if (e instanceof HttpResponseException http && http.getResponse() != null) {
            return fromResponse(operation, http);
        }
        if (e instanceof UncheckedIOException || hasCause(e, IOException.class) || hasCause(e, TimeoutException.class)) {
            return new TransientException(operation + ": " + e.getMessage(), e);
        }
        return new PermanentException(operation + ": " + e.getMessage(), e);
    }

    private static StorageException fromResponse(String operation, HttpResponseException e) {
        int status = e.getResponse().getStatusCode();
        BlobErrorCode code = e instanceof BlobStorageException blob ? blob.getErrorCode() : null;
        String message = operation + ": " + status + (code == null ? "" : " " + code);
        if (status == 404) {
            return new NotFoundException(message, e);
        }
        // If-None-Match: * on an existing blob is answered 409 BlobAlreadyExists.
        if (status == 412 || BlobErrorCode.CONDITION_NOT_MET.equals(code)
                || BlobErrorCode.BLOB_ALREADY_EXISTS.equals(code)) {
            return new PreconditionFailedException(message, e);
        }
        if (BlobErrorCode.INVALID_BLOCK_LIST.equals(code)) {
            // The blocks this upload staged are gone: another writer committed the blob in between.
            return new PreconditionFailedException(message + ": another writer committed the blob during this upload",
                    e);
        }
        if (status == 429 || BlobErrorCode.SERVER_BUSY.equals(code)) {
            return new ThrottledException(message, retryAfter(e), e);
        }
        // Azure says Md5Mismatch; Azurite says 400 InvalidOperation "Provided contentMD5 doesn't match."
        boolean azuriteMd5Mismatch = status == 400 && BlobErrorCode.INVALID_OPERATION.equals(code)
                && e.getMessage() != null && e.getMessage().contains("MD5 doesn't match");
        if (BlobErrorCode.MD5MISMATCH.equals(code) || "Crc64Mismatch".equals(String.valueOf(code))
                || azuriteMd5Mismatch) {
            return new ChecksumMismatchException(message, e);
        }
        if (status >= 500 || status == 408) {
            return new TransientException(message, e);
        }
        return new PermanentException(message, e);
    }

    private static Duration retryAfter(HttpResponseException e) {
        String value = e.getResponse().getHeaderValue("Retry-After");
        return value != null && !value.isEmpty() && value.chars().allMatch(Character::isDigit)
                ? Duration.ofSeconds(Long.parseLong(value)) : null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
