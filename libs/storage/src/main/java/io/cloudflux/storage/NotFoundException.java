package io.cloudflux.storage;

/** The object, bucket or container does not exist. */
public final class NotFoundException extends StorageException {

    public NotFoundException(String message) {
        super(message, null);
    }

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retriable() {
        return false;
    }
}
