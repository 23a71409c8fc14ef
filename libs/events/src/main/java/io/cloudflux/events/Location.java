package io.cloudflux.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The physical place of one object, written as a URI: {@code s3://bucket/key},
 * {@code azure://account/container/blob}, {@code gs://bucket/object} or
 * {@code file://root/bucket/key}. In JSON it is that string.
 *
 * <p>Escaping, chosen so that every printed location is a plain-ASCII RFC 3986 URI and
 * {@code parse(print(x)).equals(x)} for every location:
 * <ul>
 *   <li>the unreserved characters {@code A-Z a-z 0-9 - . _ ~} are written as they are, and so is
 *       {@code /} inside the key, so that key prefixes stay readable;</li>
 *   <li>every other character (space, {@code %}, {@code +}, {@code ?}, {@code #}, non-ASCII...)
 *       is written as {@code %XX} per byte of its UTF-8 encoding, with upper-case hex; a
 *       {@code /} inside an account or bucket is written {@code %2F}.</li>
 * </ul>
 * Parsing is lenient where that cannot be ambiguous: hex digits may be lower-case and characters
 * that printing would escape may appear literally, except {@code %}, which must start an escape.
 * {@link #toString()} therefore gives the canonical form; compare locations as values, not as the
 * strings they were parsed from.
 *
 * @param provider the provider, given by the scheme
 * @param account  the Azure storage account or the filesystem root; absent for S3 and GCS
 * @param bucket   the S3 or GCS bucket, the Azure container, or the filesystem bucket; not blank
 * @param key      the object key, blob name or object name: any non-empty text, {@code /} included
 */
public record Location(Provider provider, @Nullable String account, String bucket, String key) {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    public Location {
        Check.required(provider, "provider");
        if (provider.hasAccount()) {
            wellFormed(Check.notBlank(account, "account"), "account");
        } else if (account != null) {
            throw new IllegalArgumentException("field 'account' must be absent for provider " + provider);
        }
        wellFormed(Check.notBlank(bucket, "bucket"), "bucket");
        if (Check.required(key, "key").isEmpty()) {
            throw new IllegalArgumentException("field 'key' must not be empty");
        }
        wellFormed(key, "key");
    }

    /** An S3 object. */
    public static Location s3(String bucket, String key) {
        return new Location(Provider.AWS, null, bucket, key);
    }

    /** An Azure blob. */
    public static Location azure(String account, String container, String blob) {
        return new Location(Provider.AZURE, account, container, blob);
    }

    /** A Google Cloud Storage object. */
    public static Location gcs(String bucket, String object) {
        return new Location(Provider.GCP, null, bucket, object);
    }

    /** An object of the filesystem store, under a named root. */
    public static Location file(String root, String bucket, String key) {
        return new Location(Provider.FILESYSTEM, root, bucket, key);
    }

    /**
     * Reads a location from its URI form.
     *
     * @throws IllegalArgumentException naming the input and what is wrong with it
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Location parse(String uri) {
        Objects.requireNonNull(uri, "uri");
        try {
            int schemeEnd = uri.indexOf("://");
            if (schemeEnd <= 0) {
                throw new IllegalArgumentException("expected scheme://...");
            }
            Provider provider = Provider.fromScheme(uri.substring(0, schemeEnd));
            String rest = uri.substring(schemeEnd + 3);
            String account = null;
            if (provider.hasAccount()) {
                int slash = slashAfterSegment(rest, "account");
                account = unescape(rest.substring(0, slash));
                rest = rest.substring(slash + 1);
            }
            int slash = slashAfterSegment(rest, "bucket");
            return new Location(provider, account, unescape(rest.substring(0, slash)), unescape(rest.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid location '" + uri + "': " + e.getMessage(), e);
        }
    }

    /** The canonical URI form, which is also the JSON form. */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(provider.scheme()).append("://");
        if (account != null) {
            escape(account, false, out).append('/');
        }
        escape(bucket, false, out).append('/');
        return escape(key, true, out).toString();
    }

    private static int slashAfterSegment(String rest, String segment) {
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("missing '/' after the " + segment);
        }
        return slash;
    }

    private static StringBuilder escape(String text, boolean keepSlash, StringBuilder out) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || (keepSlash && c == '/')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // Consecutive escapes are decoded together: one character may span several UTF-8 bytes.
        ByteBuffer pending = ByteBuffer.allocate(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                pending.put((byte) hexByte(text, i));
                i += 2;
            } else {
                flush(pending, out);
                out.append(c);
            }
        }
        flush(pending, out);
        return out.toString();
    }

    private static int hexByte(String text, int percent) {
        int high = percent + 2 < text.length() ? Character.digit(text.charAt(percent + 1), 16) : -1;
        int low = high >= 0 ? Character.digit(text.charAt(percent + 2), 16) : -1;
        if (low < 0) {
            throw new IllegalArgumentException("'" + text.substring(percent, Math.min(percent + 3, text.length()))
                    + "' is not a percent-escape %XX");
        }
        return high << 4 | low;
    }

    private static void flush(ByteBuffer pending, StringBuilder out) {
        if (pending.position() == 0) {
            return;
        }
        pending.flip();
        try {
            out.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(pending));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-escapes do not encode valid UTF-8", e);
        }
        pending.clear();
    }

    /** A lone surrogate has no UTF-8 encoding, so it could not be printed and read back. */
    private static void wellFormed(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("field '" + field + "' has a lone surrogate at index " + i);
            }
        }
    }
}
