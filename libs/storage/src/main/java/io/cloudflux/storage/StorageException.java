package io.cloudflux.storage;

/**
 * A storage operation failed. The subtype says what a caller can do about it: retry ({@link ThrottledException},
 * {@link TransientException}, {@link ChecksumMismatchException}), re-read and decide
 * ({@link PreconditionFailedException}), or give up ({@link NotFoundException}, {@link PermanentException}).
 */
public abstract sealed class StorageException extends RuntimeException
        permits NotFoundException, PreconditionFailedException, ThrottledException, TransientException,
        PermanentException, ChecksumMismatchException {

    protected StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether running the same operation again may succeed. */
    public abstract boolean retriable();
}
