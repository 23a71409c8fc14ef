package io.cloudflux.storage;

import java.util.Base64;
import java.util.HexFormat;

/** Converts between the hex of {@link io.cloudflux.events.Checksums} and the base64 the providers' APIs speak. */
public final class ChecksumFormats {

    private ChecksumFormats() {
    }

    public static String hexToBase64(String hex) {
        return hex == null ? null : Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    /** The hex of a base64 digest; {@code null} for anything that is not one (e.g. an S3 composite "...-3"). */
    public static String base64ToHex(String base64, int bytes) {
        if (base64 == null || base64.contains("-")) {
            return null;
        }
        try {
            byte[] raw = Base64.getDecoder().decode(base64);
            return raw.length == bytes ? HexFormat.of().formatHex(raw) : null;
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String bytesToHex(byte[] raw) {
        return raw == null ? null : HexFormat.of().formatHex(raw);
    }

    public static byte[] hexToBytes(String hex) {
        return hex == null ? null : HexFormat.of().parseHex(hex);
    }
}
