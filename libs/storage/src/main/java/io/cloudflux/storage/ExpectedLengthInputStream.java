package io.cloudflux.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.cloudflux.events.Checksums;

/**
 * Turns a stream that ends before its announced length into a {@link TransientException}, and any I/O failure of
 * the underlying connection into one too: a reader never mistakes a cut connection for the end of an object.
 */
public final class ExpectedLengthInputStream extends FilterInputStream {

    private final long expected;
    private final String what;
    private final Checksums stored;
    private final ObjectAttributes attributes;
    private long count;

    /** @param expected the bytes the stream must deliver before its end */
    public ExpectedLengthInputStream(InputStream in, long expected, String what) {
        this(in, expected, what, Checksums.NONE);
    }

    /**
     * @param expected the bytes the stream must deliver before its end
     * @param stored   the whole object's checksums as the provider reported them with this response (so of the
     *                 version being read), or {@link Checksums#NONE}
     */
    public ExpectedLengthInputStream(InputStream in, long expected, String what, Checksums stored) {
        this(in, expected, what, stored, ObjectAttributes.UNKNOWN);
    }

    /** @param attributes the object's attributes as the response reported them, or {@link ObjectAttributes#UNKNOWN} */
    public ExpectedLengthInputStream(InputStream in, long expected, String what, Checksums stored,
            ObjectAttributes attributes) {
        super(in);
        this.expected = expected;
        this.what = what;
        this.stored = java.util.Objects.requireNonNull(stored, "stored");
        this.attributes = java.util.Objects.requireNonNull(attributes, "attributes");
    }

    /** What the get's answer said of a stream from a get, or {@link ObjectAttributes#UNKNOWN}. */
    public static ObjectAttributes attributesOf(InputStream in) {
        return in instanceof ExpectedLengthInputStream e ? e.attributes : ObjectAttributes.UNKNOWN;
    }

    /**
     * The whole object's checksums the provider reported with the response that this stream reads (S3's CRC32C in
     * checksum mode), or {@link Checksums#NONE}: of the very version being read, unlike a listing's.
     */
    public Checksums storedChecksums() {
        return stored;
    }

    /** What {@link #storedChecksums()} says of a stream from a get, or {@link Checksums#NONE} for any other stream. */
    public static Checksums storedChecksumsOf(InputStream in) {
        return in instanceof ExpectedLengthInputStream e ? e.storedChecksums() : Checksums.NONE;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int n;
        try {
            n = in.read(buffer, offset, length);
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof StorageException storage) {
                throw storage;
            }
            throw new TransientException(what + ": reading failed after " + count + " of " + expected + " bytes", e);
        }
        if (n < 0 && count < expected) {
            throw new TransientException(what + ": stream ended after " + count + " of " + expected + " bytes");
        }
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public void close() {
        try {
            in.close();
        }
        catch (IOException e) {
            // Closing a finished or abandoned response: nothing the reader could do about it.
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
