package io.cloudflux.storage;

/** A failure that retrying will not fix: bad credentials, no permission, a bad request. */
public final class PermanentException extends StorageException {

    public PermanentException(String message) {
        super(message, null);
    }

    public PermanentException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retriable() {
        return false;
    }
}
