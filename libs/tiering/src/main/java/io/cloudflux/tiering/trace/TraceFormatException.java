package io.cloudflux.tiering.trace;

/** A trace line that does not follow format v1, with its 1-based line number. */
public final class TraceFormatException extends RuntimeException {
    private final long line;

    public TraceFormatException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
