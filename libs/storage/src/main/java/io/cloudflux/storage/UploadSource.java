package io.cloudflux.storage;

import java.io.IOException;
import java.io.InputStream;

import io.cloudflux.events.Checksums;

/**
 * The content of one put, read in parts through a checksum: decides between one request and a multipart upload,
 * and holds a source to its announced length, so that an early end fails the put before it is committed.
 */
public final class UploadSource {

    private final ChecksummingInputStream in;
    private final long declaredLength;
    private final TransferSettings settings;
    private final String what;
    private byte[] lookahead;
    private int lookaheadLength;
    private boolean ended;

    /** @param declaredLength the announced length, or {@link StorageAdapter#UNKNOWN_LENGTH} */
    public UploadSource(InputStream content, long declaredLength, TransferSettings settings, String what) {
        this(content, declaredLength, settings, what, true);
    }

    /**
     * @param declaredLength the announced length, or {@link StorageAdapter#UNKNOWN_LENGTH}
     * @param withMd5        whether to compute MD5 as well as CRC32C: only where the provider needs it or the put's
     *                       answer will not carry an MD5 the provider computed itself
     */
    public UploadSource(InputStream content, long declaredLength, TransferSettings settings, String what,
            boolean withMd5) {
        this.in = new ChecksummingInputStream(content, withMd5);
        this.declaredLength = declaredLength;
        this.settings = settings;
        this.what = what;
    }

    /**
     * Whether the whole content goes in one request: a known length up to the threshold, or an unknown length that
     * ends within one part. For an unknown length this reads up to one part plus one byte ahead, which
     * {@link #readAll} or the next {@link #readPart} hands out first; memory never exceeds one part.
     */
    public boolean fitsOneRequest() {
        if (declaredLength != StorageAdapter.UNKNOWN_LENGTH) {
            return declaredLength <= settings.multipartThreshold();
        }
        if (lookahead == null) {
            lookahead = new byte[bufferLimit() + 1];
            lookaheadLength = fill(lookahead, 0, lookahead.length);
        }
        return lookaheadLength <= bufferLimit();
    }

    /** Whether the single request can stream: its length is known, so nothing needs to be held in memory. */
    public boolean hasKnownLength() {
        return declaredLength != StorageAdapter.UNKNOWN_LENGTH;
    }

    private int bufferLimit() {
        return (int) Math.min(settings.multipartThreshold(), settings.partSize());
    }

    /**
     * The whole content of a known length as a stream, for a single request that streams it: it ends exactly at the
     * announced length, and fails from {@code read} when the source ends early or runs long, so that the request
     * is aborted before the provider commits it. The checksums are ready once it has ended.
     */
    public InputStream streamAll() {
        if (!hasKnownLength() || !fitsOneRequest()) {
            throw new IllegalStateException("only a known length up to the threshold streams in one request");
        }
        if (declaredLength == 0) {
            // Nobody will read an empty body: check now that the source is empty too.
            finish();
        }
        return new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                int n = fill(buffer, offset, Math.min(length, 64 * 1024));
                if (n == 0) {
                    finish();
                    return -1;
                }
                if (in.count() == declaredLength) {
                    finish();
                }
                return n;
            }
        };
    }

    /** The whole content, for a single request; only when {@link #fitsOneRequest()}. */
    public byte[] readAll() {
        if (!fitsOneRequest()) {
            throw new IllegalStateException("content is larger than the multipart threshold");
        }
        if (lookahead != null) {
            byte[] all = java.util.Arrays.copyOf(lookahead, lookaheadLength);
            lookahead = null;
            finish();
            return all;
        }
        byte[] all = new byte[(int) declaredLength];
        int n = fill(all, 0, all.length);
        if (n < all.length) {
            throw endedEarly(n);
        }
        finish();
        return all;
    }

    /** A new buffer of one part's size. */
    public byte[] newPartBuffer() {
        return new byte[settings.partSize()];
    }

    /**
     * Fills {@code buffer} with the next part and returns its length: the buffer's length for every part but the
     * last, and 0 once the content has ended (and its length has been checked).
     */
    public int readPart(byte[] buffer) {
        int n = 0;
        if (lookahead != null) {
            // The look-ahead is one byte longer than the threshold, which may exceed a part: hand it out in order.
            n = Math.min(buffer.length, lookaheadLength);
            System.arraycopy(lookahead, 0, buffer, 0, n);
            if (n < lookaheadLength) {
                System.arraycopy(lookahead, n, lookahead, 0, lookaheadLength - n);
                lookaheadLength -= n;
                return n;
            }
            lookahead = null;
        }
        n += fill(buffer, n, buffer.length - n);
        if (n < buffer.length) {
            finish();
        }
        return n;
    }

    /** Bytes read from the source so far. */
    public long size() {
        return in.count();
    }

    /** CRC32C and (unless left out) MD5 of the whole content; only once it has all been read. */
    public Checksums checksums() {
        if (!ended) {
            throw new IllegalStateException("the content has not been read to its end");
        }
        return in.checksums();
    }

    private void finish() {
        if (ended) {
            return;
        }
        if (declaredLength != StorageAdapter.UNKNOWN_LENGTH) {
            if (in.count() < declaredLength) {
                throw endedEarly(in.count());
            }
            if (readOrEnd() >= 0) {
                throw new PermanentException(what + ": source is longer than its announced " + declaredLength
                        + " bytes");
            }
        }
        ended = true;
    }

    private TransientException endedEarly(long count) {
        return new TransientException(what + ": source ended after " + count + " of " + declaredLength
                + " bytes; nothing was written");
    }

    private int fill(byte[] buffer, int offset, int length) {
        int total = 0;
        while (total < length) {
            int limit = length - total;
            if (declaredLength != StorageAdapter.UNKNOWN_LENGTH) {
                long left = declaredLength - in.count();
                if (left <= 0) {
                    break;
                }
                limit = (int) Math.min(limit, left);
            }
            int n = read(buffer, offset + total, limit);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private int readOrEnd() {
        try {
            return in.read();
        }
        catch (IOException e) {
            throw new TransientException(what + ": reading the source failed", e);
        }
    }

    private int read(byte[] buffer, int offset, int length) {
        try {
            return in.read(buffer, offset, length);
        }
        catch (IOException e) {
            throw new TransientException(what + ": reading the source failed after " + in.count() + " bytes", e);
        }
    }
}
