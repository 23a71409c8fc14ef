package io.cloudflux.sync.catalog;

import io.cloudflux.events.Provider;

/** Which catalogued objects a list shows; every criterion is optional. */
public record CatalogFilter(Provider provider, String account, String bucket, String prefix, String storageClass,
        ObjectState state) {
}
