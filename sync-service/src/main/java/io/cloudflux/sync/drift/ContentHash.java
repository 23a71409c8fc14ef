package io.cloudflux.sync.drift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

import io.cloudflux.events.Checksums;

/** The MD5 and CRC32C of bytes read through a stream, with their count. */
record ContentHash(Checksums checksums, long bytes) {

    static ContentHash of(InputStream in) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            CRC32C crc = new CRC32C();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
                crc.update(buffer, 0, n);
                total += n;
            }
            return new ContentHash(new Checksums(HexFormat.of().formatHex(md5.digest()),
                    String.format("%08x", crc.getValue()), null), total);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
