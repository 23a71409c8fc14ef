package io.cloudflux.sync.clouds;

import java.util.Objects;

/**
 * What one scan covers: the objects of one bucket of one configured account whose key starts with a prefix.
 *
 * @param prefix possibly empty, for the whole bucket
 */
public record ScanScope(String account, String bucket, String prefix) {

    public ScanScope {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
    }
}
