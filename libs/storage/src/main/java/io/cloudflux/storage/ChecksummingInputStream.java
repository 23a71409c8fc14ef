package io.cloudflux.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

import io.cloudflux.events.Checksums;

/**
 * Computes MD5 and CRC32C of the bytes read through it and counts them, so that a checksum is known the moment the
 * last byte has passed, without a second read. SHA-256 is left out on purpose: on a shared 2-core host it would
 * cost more CPU than the copy itself, and no provider needs it to validate an upload. MD5 (several times CRC32C's
 * CPU per byte, which the CPU computes in hardware) can be left out too, where nothing needs it.
 */
public final class ChecksummingInputStream extends FilterInputStream {

    private final MessageDigest md5;
    private final CRC32C crc32c = new CRC32C();
    private long count;

    /** MD5 and CRC32C. */
    public ChecksummingInputStream(InputStream in) {
        this(in, true);
    }

    /** CRC32C, and MD5 if {@code withMd5}; {@link #checksums()} leaves out MD5 otherwise. */
    public ChecksummingInputStream(InputStream in, boolean withMd5) {
        super(in);
        try {
            this.md5 = withMd5 ? MessageDigest.getInstance("MD5") : null;
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            if (md5 != null) {
                md5.update((byte) b);
            }
            crc32c.update(b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            if (md5 != null) {
                md5.update(buffer, offset, n);
            }
            crc32c.update(buffer, offset, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) {
        // Skipped bytes would be missing from the checksum.
        throw new UnsupportedOperationException("a checksumming stream cannot skip");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    /** MD5 (if computed) and CRC32C of the bytes read so far; reading may go on afterwards. */
    public Checksums checksums() {
        String md5Hex = md5 == null ? null : HexFormat.of().formatHex(snapshot().digest());
        return new Checksums(md5Hex, crc32cHex(crc32c.getValue()), null);
    }

    private MessageDigest snapshot() {
        try {
            return (MessageDigest) md5.clone();
        }
        catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's MD5 can be cloned", e);
        }
    }

    /** A CRC32C value as the 8 hex digits of its big-endian bytes. */
    public static String crc32cHex(long value) {
        return String.format("%08x", value);
    }
}
