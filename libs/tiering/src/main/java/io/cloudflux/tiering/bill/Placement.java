package io.cloudflux.tiering.bill;

import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.catalog.StorageClass;

/**
 * Where an object can live: a class of a provider; for an automatic-tiering class, also whether
 * its opt-in tiers (S3 archive access tiers, Autoclass terminal ARCHIVE) are enabled.
 * {@code index} is its position in the {@link CostModel}.
 */
public record Placement(int index, StorageClass storageClass, boolean optInTiers) {
    public Provider provider() {
        return storageClass.provider();
    }

    /** {@code aws:STANDARD}, {@code aws:INTELLIGENT_TIERING+optin}. */
    public String id() {
        return storageClass.id() + (optInTiers ? "+optin" : "");
    }

    @Override
    public String toString() {
        return id();
    }
}
