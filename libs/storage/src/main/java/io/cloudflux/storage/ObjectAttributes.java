package io.cloudflux.storage;

import java.util.Map;

/**
 * What an object carries besides its bytes and that a copy or class change must keep: content type, content
 * encoding and user metadata. {@link #UNKNOWN} when the answer that described the object did not carry them (an S3
 * listing); a head always reports them.
 *
 * @param contentType     the media type, or {@code null} when none is set
 * @param contentEncoding the content encoding ({@code gzip}...), or {@code null} when none is set
 * @param metadata        user metadata, or {@code null} only in {@link #UNKNOWN}
 */
public record ObjectAttributes(String contentType, String contentEncoding, Map<String, String> metadata) {

    /** Not reported by the answer at hand: ask the object itself (a head, or a get's answer). */
    public static final ObjectAttributes UNKNOWN = new ObjectAttributes(null, null, null);

    public ObjectAttributes {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    /** Known attributes: a {@code null} metadata map is an empty one. */
    public static ObjectAttributes of(String contentType, String contentEncoding, Map<String, String> metadata) {
        return new ObjectAttributes(contentType, contentEncoding, metadata == null ? Map.of() : metadata);
    }

    public boolean isKnown() {
        return metadata != null;
    }

    /** These, or {@code other} where these are unknown. */
    public ObjectAttributes orElse(ObjectAttributes other) {
        return isKnown() ? this : other;
    }
}
