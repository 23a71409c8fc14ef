package io.cloudflux.sync.catalog;

/** What the catalog holds of one bucket. */
public record BucketTotals(String account, String bucket, long objects, long bytes, long missing) {
}
