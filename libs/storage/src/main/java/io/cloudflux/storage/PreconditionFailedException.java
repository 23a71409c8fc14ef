package io.cloudflux.storage;

/** The object changed since it was read: its ETag or generation no longer matches. */
public final class PreconditionFailedException extends StorageException {

    public PreconditionFailedException(String message) {
        super(message, null);
    }

    public PreconditionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retriable() {
        return false;
    }
}
