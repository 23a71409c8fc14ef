package io.cloudflux.storage.filesystem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Object keys as single file names: every byte outside {@code [A-Za-z0-9_-]} is written {@code %XX}, so {@code /},
 * {@code .} and {@code ..} can never escape the bucket directory; a key too long for a file name becomes {@code ~}
 * and its SHA-256, and the key itself is read back from the meta file.
 */
final class FileNames {

    private static final int MAX_NAME = 180;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FileNames() {
    }

    static String encode(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                out.append(c);
            }
            else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.length() <= MAX_NAME ? out.toString() : "~" + sha256(key);
    }

    static boolean isHashed(String encoded) {
        return encoded.startsWith("~");
    }

    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(encoded, i + 1, i + 3, 16));
                i += 2;
            }
            else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
