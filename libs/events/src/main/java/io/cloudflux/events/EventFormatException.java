package io.cloudflux.events;

/**
 * An event could not be read from or written to JSON; the message names the event type and the
 * offending field. Not retryable: the same bytes will fail the same way, so the record belongs on
 * the dead-letter topic.
 */
public class EventFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
