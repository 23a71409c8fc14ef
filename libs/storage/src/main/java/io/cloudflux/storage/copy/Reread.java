package io.cloudflux.storage.copy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ChecksummingInputStream;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TransientException;

/** A whole object read again, only to checksum it. */
final class Reread {

    private Reread() {
    }

    /** MD5 and CRC32C of the object as it is now, if it still matches {@code version}; SHA-256 too if asked. */
    static Checksums checksums(StorageAdapter adapter, ObjectKey key, Precondition version, boolean withSha256) {
        MessageDigest sha256 = withSha256 ? sha256() : null;
        try (InputStream in = adapter.get(key, ByteRange.ALL, version);
                ChecksummingInputStream sums = new ChecksummingInputStream(
                        sha256 == null ? in : new DigestInputStream(in, sha256))) {
            sums.transferTo(OutputStream.nullOutputStream());
            Checksums read = sums.checksums();
            return sha256 == null ? read
                    : new Checksums(read.md5(), read.crc32c(), HexFormat.of().formatHex(sha256.digest()));
        }
        catch (IOException e) {
            throw new TransientException("re-reading " + key + " failed", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
