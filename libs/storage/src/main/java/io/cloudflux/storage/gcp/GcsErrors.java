package io.cloudflux.storage.gcp;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;

import com.google.cloud.BaseServiceException;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.ThrottledException;
import io.cloudflux.storage.TransientException;

/** Translates the Google client's exceptions into the storage error types. */
final class GcsErrors {

    private GcsErrors() {
    }

    static StorageException translate(String operation, RuntimeException e) {
        if (e instanceof StorageException storage) {
            return storage;
        }
        if (e instanceof BaseServiceException service) {
            int code = service.getCode();
            String message = operation + ": " + code + " " + service.getReason();
            if (code == 404) {
                return new NotFoundException(message, e);
            }
            // google-cloud-nio's fake refuses a "does not exist" write with code 0 around FileAlreadyExists.
            if (code == 412 || causedBy(e, FileAlreadyExistsException.class)) {
                return new PreconditionFailedException(message, e);
            }
            if (code == 429) {
                return new ThrottledException(message, null, e);
            }
            if (code == 400 && String.valueOf(service.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("hash")) {
                return new ChecksumMismatchException(message, e);
            }
            if (code >= 500 || code == 408 || code == 0 && e.getCause() instanceof IOException) {
                return new TransientException(message, e);
            }
            return new PermanentException(message, e);
        }
        if (e.getCause() instanceof IOException) {
            return new TransientException(operation + ": " + e.getMessage(), e);
        }
        return new PermanentException(operation + ": " + e.getMessage(), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
