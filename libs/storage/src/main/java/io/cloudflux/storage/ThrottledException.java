package io.cloudflux.storage;

import java.time.Duration;
import java.util.Optional;

/** The provider asked us to slow down (HTTP 429, 503 SlowDown, ServerBusy); it may say for how long. */
public final class ThrottledException extends StorageException {

    private final Duration retryAfter;

    /** @param retryAfter how long the provider asked us to wait, or {@code null} when it did not say */
    public ThrottledException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public ThrottledException(String message, Duration retryAfter) {
        this(message, retryAfter, null);
    }

    /** The wait the provider asked for, when it gave one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean retriable() {
        return true;
    }
}
