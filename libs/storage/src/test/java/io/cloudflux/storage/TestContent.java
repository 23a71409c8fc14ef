package io.cloudflux.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

import io.cloudflux.events.Checksums;

/** Deterministic test bytes, and ways to read objects back. */
public final class TestContent {

    private TestContent() {
    }

    /** {@code size} pseudo-random bytes that follow from {@code seed}. */
    public static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    /** A stream that does not tell its length, as a pipe or a chunked HTTP body would not. */
    public static InputStream ofUnknownLength(byte[] bytes) {
        return new InputStream() {
            private int position;

            @Override
            public int read() {
                return position < bytes.length ? bytes[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= bytes.length) {
                    return -1;
                }
                // Short reads on purpose: readers must not assume a read fills their buffer.
                int n = Math.min(Math.min(len, 7919), bytes.length - position);
                System.arraycopy(bytes, position, b, off, n);
                position += n;
                return n;
            }
        };
    }

    /** MD5 and CRC32C of {@code bytes}. */
    public static Checksums checksumsOf(byte[] bytes) {
        try (ChecksummingInputStream in = new ChecksummingInputStream(new java.io.ByteArrayInputStream(bytes))) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.checksums();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything an adapter returns for {@code key}. */
    public static byte[] readAll(StorageAdapter adapter, ObjectKey key) {
        return readAll(adapter, key, ByteRange.ALL);
    }

    public static byte[] readAll(StorageAdapter adapter, ObjectKey key, ByteRange range) {
        try (InputStream in = adapter.get(key, range)) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
