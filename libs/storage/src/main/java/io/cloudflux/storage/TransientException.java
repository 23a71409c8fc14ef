package io.cloudflux.storage;

/** A failure that may pass: a 5xx, a timeout, a reset connection, a stream that ended early. */
public final class TransientException extends StorageException {

    public TransientException(String message) {
        super(message, null);
    }

    public TransientException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retriable() {
        return true;
    }
}
