package io.cloudflux.storage;

import java.util.Map;
import java.util.Objects;

import io.cloudflux.events.Checksums;

/**
 * How to write an object.
 *
 * @param storageClass the provider's class name to write it in, or {@code null} for the bucket's default
 * @param contentType  the media type, or {@code null} for {@code application/octet-stream}
 * @param contentEncoding the content encoding ({@code gzip}...), or {@code null} for none
 * @param metadata     user metadata, kept with the object
 * @param expected     checksums the content must have, all of one version of its source (a verified copy passes
 *                     what the source stores), or {@link Checksums#NONE}. An adapter may let the provider check
 *                     the content against them instead of hashing it itself (Azure: the source's MD5 as
 *                     Content-MD5) and must then fail the put, before anything is committed, when they do not
 *                     match; an adapter that does not use them ignores them
 * @param condition    what must be at the key for the put to commit ({@link WriteCondition#ANY} by default)
 */
public record PutOptions(String storageClass, String contentType, String contentEncoding,
        Map<String, String> metadata, Checksums expected, WriteCondition condition) {

    private static final PutOptions DEFAULTS = new PutOptions(null, null, Map.of());

    public PutOptions {
        metadata = Map.copyOf(metadata);
        expected = Objects.requireNonNullElse(expected, Checksums.NONE);
        condition = Objects.requireNonNullElse(condition, WriteCondition.ANY);
    }

    public PutOptions(String storageClass, String contentType, Map<String, String> metadata) {
        this(storageClass, contentType, null, metadata, Checksums.NONE, WriteCondition.ANY);
    }

    /** The bucket's default class, no content type, no metadata. */
    public static PutOptions defaults() {
        return DEFAULTS;
    }

    public PutOptions withStorageClass(String newStorageClass) {
        return new PutOptions(newStorageClass, contentType, contentEncoding, metadata, expected, condition);
    }

    public PutOptions withContentType(String newContentType) {
        return new PutOptions(storageClass, newContentType, contentEncoding, metadata, expected, condition);
    }

    public PutOptions withContentEncoding(String newContentEncoding) {
        return new PutOptions(storageClass, contentType, newContentEncoding, metadata, expected, condition);
    }

    public PutOptions withMetadata(Map<String, String> newMetadata) {
        return new PutOptions(storageClass, contentType, contentEncoding, newMetadata, expected, condition);
    }

    /** These options with the checksums the content must have (see {@link #expected}). */
    public PutOptions withExpected(Checksums newExpected) {
        return new PutOptions(storageClass, contentType, contentEncoding, metadata, newExpected, condition);
    }

    /** These options committing only under {@code newCondition}. */
    public PutOptions withCondition(WriteCondition newCondition) {
        return new PutOptions(storageClass, contentType, contentEncoding, metadata, expected, newCondition);
    }

    /**
     * These options with {@code source}'s content type, encoding and metadata where these set none: a copy keeps
     * what the source carries unless told otherwise.
     */
    public PutOptions withAttributesOf(ObjectAttributes source) {
        if (!source.isKnown()) {
            return this;
        }
        return new PutOptions(storageClass, contentType != null ? contentType : source.contentType(),
                contentEncoding != null ? contentEncoding : source.contentEncoding(),
                metadata.isEmpty() ? source.metadata() : metadata, expected, condition);
    }

    /** The attributes a put with these options gives the object. */
    public ObjectAttributes attributes() {
        return ObjectAttributes.of(contentTypeOrDefault(), contentEncoding, metadata);
    }

    /** The content type to send. */
    public String contentTypeOrDefault() {
        return contentType == null ? "application/octet-stream" : contentType;
    }
}
