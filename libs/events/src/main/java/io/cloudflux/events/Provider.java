package io.cloudflux.events;

import java.util.Locale;

/** A storage provider, with the URI scheme its {@link Location}s are written with. */
public enum Provider {
    AWS("s3", false),
    AZURE("azure", true),
    GCP("gs", false),
    FILESYSTEM("file", true);

    private final String scheme;
    private final boolean hasAccount;

    Provider(String scheme, boolean hasAccount) {
        this.scheme = scheme;
        this.hasAccount = hasAccount;
    }

    /** The URI scheme, e.g. {@code s3}. */
    public String scheme() {
        return scheme;
    }

    /**
     * Whether a location names an account before its bucket: the Azure storage account, or the
     * root of a filesystem store. S3 and GCS bucket names are global.
     */
    public boolean hasAccount() {
        return hasAccount;
    }

    /** The provider written with this scheme; schemes are case-insensitive (RFC 3986 §3.1). */
    public static Provider fromScheme(String scheme) {
        String wanted = scheme.toLowerCase(Locale.ROOT);
        for (Provider provider : values()) {
            if (provider.scheme.equals(wanted)) {
                return provider;
            }
        }
        throw new IllegalArgumentException("unknown location scheme '" + scheme + "' (expected s3, azure, gs or file)");
    }
}
