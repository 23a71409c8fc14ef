package io.cloudflux.storage;

import java.util.Map;
import java.util.Objects;

import io.cloudflux.events.Checksums;

/**
 * How to write an object.
 *
 * @param storageClass the provider's class name to write it in, or {@code null} for the bucket's default
 * @param contentType  the media type, or {@code null} for {@code application/octet-stream}
 * @param metadata     user metadata, kept with the object
 * @param expected     checksums the content must have, all of one version of its source (a verified copy passes
 *                     what the source stores), or {@link Checksums#NONE}. An adapter may let the provider check
 *                     the content against them instead of hashing it itself (Azure: the source's MD5 as
 *                     Content-MD5) and must then fail the put, before anything is committed, when they do not
 *                     match; an adapter that does not use them ignores them
 */
public record PutOptions(String storageClass, String contentType, Map<String, String> metadata, Checksums expected) {

    private static final PutOptions DEFAULTS = new PutOptions(null, null, Map.of());

    public PutOptions {
        metadata = Map.copyOf(metadata);
        expected = Objects.requireNonNullElse(expected, Checksums.NONE);
    }

    public PutOptions(String storageClass, String contentType, Map<String, String> metadata) {
        this(storageClass, contentType, metadata, Checksums.NONE);
    }

    /** The bucket's default class, no content type, no metadata. */
    public static PutOptions defaults() {
        return DEFAULTS;
    }

    public PutOptions withStorageClass(String newStorageClass) {
        return new PutOptions(newStorageClass, contentType, metadata, expected);
    }

    public PutOptions withContentType(String newContentType) {
        return new PutOptions(storageClass, newContentType, metadata, expected);
    }

    public PutOptions withMetadata(Map<String, String> newMetadata) {
        return new PutOptions(storageClass, contentType, newMetadata, expected);
    }

    /** These options with the checksums the content must have (see {@link #expected}). */
    public PutOptions withExpected(Checksums newExpected) {
        return new PutOptions(storageClass, contentType, metadata, newExpected);
    }

    /** The content type to send. */
    public String contentTypeOrDefault() {
        return contentType == null ? "application/octet-stream" : contentType;
    }
}
