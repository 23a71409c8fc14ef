package io.cloudflux.tiering.catalog;

import java.util.EnumMap;
import java.util.Map;

/** A validated price catalog: named sources and the prices of every provider. */
public record PriceCatalog(String name, String version, Map<String, String> sources, Map<Provider, ProviderPrices> providers) {
    public PriceCatalog {
        sources = Map.copyOf(sources);
        providers = java.util.Collections.unmodifiableMap(new EnumMap<>(providers));
    }

    public ProviderPrices provider(Provider p) {
        ProviderPrices pp = providers.get(p);
        if (pp == null) {
            throw new IllegalArgumentException("catalog has no prices for " + p.id());
        }
        return pp;
    }
}
