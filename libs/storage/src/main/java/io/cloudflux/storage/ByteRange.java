package io.cloudflux.storage;

/**
 * A byte range of an object to read.
 *
 * @param offset first byte, from 0
 * @param length bytes to read, or {@link #TO_END} for everything from {@code offset}
 */
public record ByteRange(long offset, long length) {

    /** Marks a range that runs to the end of the object. */
    public static final long TO_END = -1;

    /** The whole object. */
    public static final ByteRange ALL = new ByteRange(0, TO_END);

    public ByteRange {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (length < 0 && length != TO_END) {
            throw new IllegalArgumentException("length must be positive or TO_END: " + length);
        }
    }

    /** {@code length} bytes from {@code offset}. */
    public static ByteRange of(long offset, long length) {
        return new ByteRange(offset, length);
    }

    /** Everything from {@code offset}. */
    public static ByteRange from(long offset) {
        return new ByteRange(offset, TO_END);
    }

    public boolean isAll() {
        return offset == 0 && length == TO_END;
    }

    public boolean isOpenEnded() {
        return length == TO_END;
    }

    /** The last byte, inclusive, as HTTP Range headers write it; only for a bounded range. */
    public long lastInclusive() {
        if (isOpenEnded()) {
            throw new IllegalStateException("an open-ended range has no last byte");
        }
        return offset + length - 1;
    }

    /** The HTTP Range header value, {@code bytes=first-last} or {@code bytes=first-}. */
    public String httpHeader() {
        return isOpenEnded() ? "bytes=" + offset + "-" : "bytes=" + offset + "-" + lastInclusive();
    }

    /** How many bytes this range holds of an object of {@code size} bytes. */
    public long lengthWithin(long size) {
        long available = Math.max(0, size - offset);
        return isOpenEnded() ? available : Math.min(length, available);
    }
}
