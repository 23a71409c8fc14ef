package io.cloudflux.storage;

import java.util.Map;

/**
 * How to write an object.
 *
 * @param storageClass the provider's class name to write it in, or {@code null} for the bucket's default
 * @param contentType  the media type, or {@code null} for {@code application/octet-stream}
 * @param metadata     user metadata, kept with the object
 */
public record PutOptions(String storageClass, String contentType, Map<String, String> metadata) {

    private static final PutOptions DEFAULTS = new PutOptions(null, null, Map.of());

    public PutOptions {
        metadata = Map.copyOf(metadata);
    }

    /** The bucket's default class, no content type, no metadata. */
    public static PutOptions defaults() {
        return DEFAULTS;
    }

    public PutOptions withStorageClass(String newStorageClass) {
        return new PutOptions(newStorageClass, contentType, metadata);
    }

    public PutOptions withContentType(String newContentType) {
        return new PutOptions(storageClass, newContentType, metadata);
    }

    public PutOptions withMetadata(Map<String, String> newMetadata) {
        return new PutOptions(storageClass, contentType, newMetadata);
    }

    /** The content type to send. */
    public String contentTypeOrDefault() {
        return contentType == null ? "application/octet-stream" : contentType;
    }
}
