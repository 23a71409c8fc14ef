package io.cloudflux.storage;

/** The bytes stored are not the bytes read: a copy or upload was corrupted on its way. */
public final class ChecksumMismatchException extends StorageException {

    public ChecksumMismatchException(String message) {
        super(message, null);
    }

    public ChecksumMismatchException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retriable() {
        return true;
    }
}
