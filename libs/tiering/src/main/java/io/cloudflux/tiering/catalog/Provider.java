package io.cloudflux.tiering.catalog;

import java.util.Locale;

/** A cloud storage provider; {@link #id()} is the lower-case name used in files and on the command line. */
public enum Provider {
    AWS, AZURE, GCP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code aws}, {@code azure} or {@code gcp} (any case). */
    public static Provider of(String id) {
        for (Provider p : values()) {
            if (p.id().equalsIgnoreCase(id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown provider '" + id + "' (expected aws, azure or gcp)");
    }
}
