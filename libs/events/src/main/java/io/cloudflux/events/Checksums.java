package io.cloudflux.events;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checksums known for one object's content, each absent when the provider did not report it.
 *
 * <p>All are lower-case hex of the digest bytes (CRC32C big-endian, 8 digits), whatever encoding
 * the provider used (S3, Azure and GCS report base64 for most of them): one encoding makes
 * checksums from two clouds comparable with {@code equals}. Upper-case input is accepted and
 * lower-cased. An S3 multipart ETag is not an MD5 and must not be given as one.
 *
 * @param md5    MD5, 32 hex digits
 * @param crc32c CRC32C, 8 hex digits
 * @param sha256 SHA-256, 64 hex digits
 */
public record Checksums(@Nullable String md5, @Nullable String crc32c, @Nullable String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]*");

    /** No checksum known. */
    public static final Checksums NONE = new Checksums(null, null, null);

    public Checksums {
        md5 = hex(md5, 32, "md5");
        crc32c = hex(crc32c, 8, "crc32c");
        sha256 = hex(sha256, 64, "sha256");
    }

    private static String hex(String value, int digits, String field) {
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.length() != digits || !HEX.matcher(lower).matches()) {
            throw new IllegalArgumentException("field '" + field + "' must be " + digits + " hex digits but was '" + value + "'");
        }
        return lower;
    }
}
