package io.cloudflux.storage;

import java.util.Objects;

/**
 * One object of an account: the S3 or GCS bucket (Azure container, filesystem bucket directory) and its key.
 *
 * @param bucket not blank
 * @param key    any non-empty text; {@code /}, spaces and non-ASCII characters included
 */
public record ObjectKey(String bucket, String key) {

    public ObjectKey {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("bucket must not be blank");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
    }

    @Override
    public String toString() {
        return bucket + "/" + key;
    }
}
