package io.cloudflux.launcher.estate;

import io.cloudflux.events.Provider;
import io.cloudflux.tiering.trace.Archetype;

/** How warm an object of the estate is kept when seeded, from its archetype and age: a plausible starting point. */
enum Temperature {
    HOT("STANDARD", "Hot", "STANDARD"),
    WARM("STANDARD_IA", "Cool", "NEARLINE"),
    COLD("GLACIER_IR", "Cold", "COLDLINE");

    private final String aws;
    private final String azure;
    private final String gcp;

    Temperature(String aws, String azure, String gcp) {
        this.aws = aws;
        this.azure = azure;
        this.gcp = gcp;
    }

    /** @param ageDays days since the object was written, at the end of the trace's span */
    static Temperature of(Archetype archetype, int ageDays) {
        return switch (archetype) {
            case HOTSET -> HOT;
            case MEDIA -> ageDays <= 14 ? HOT : ageDays <= 45 ? WARM : COLD;
            case ANALYTICS -> ageDays <= 7 ? HOT : ageDays <= 60 ? WARM : COLD;
            case BACKUP -> ageDays <= 7 ? WARM : COLD;
            case DORMANT -> ageDays <= 7 ? HOT : ageDays <= 30 ? WARM : COLD;
        };
    }

    String storageClass(Provider provider) {
        return switch (provider) {
            case AWS -> aws;
            case AZURE -> azure;
            case GCP -> gcp;
            case FILESYSTEM -> throw new IllegalArgumentException("the demo estate has no filesystem buckets");
        };
    }
}
