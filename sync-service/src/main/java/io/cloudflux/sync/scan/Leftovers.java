package io.cloudflux.sync.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.catalog.ObjectState;
import io.cloudflux.sync.catalog.Observation;

/**
 * Splits the objects a page found at unknown locations into copies of catalogued objects (same size and checksums,
 * another location: a leftover the catalog does not point to) and objects seen for the first time.
 */
record Leftovers(List<Match> matches, List<Observation> fresh) {

    record Match(Observation copy, CatalogEntry original) {
    }

    static Leftovers among(List<Observation> unknown, CatalogStore catalog) {
        List<CatalogEntry> candidates = catalog.candidatesOfSameContent(unknown.stream()
                .filter(o -> o.sizeBytes() > 0).toList());
        List<Match> matches = new ArrayList<>();
        List<Observation> fresh = new ArrayList<>();
        for (Observation seen : unknown) {
            original(seen, candidates).ifPresentOrElse(o -> matches.add(new Match(seen, o)), () -> fresh.add(seen));
        }
        return new Leftovers(matches, fresh);
    }

    /** The catalogued object this is a copy of; a PRESENT one first, else one the catalog misses. */
    private static Optional<CatalogEntry> original(Observation seen, List<CatalogEntry> candidates) {
        return candidates.stream()
                .filter(c -> !c.location().equals(seen.location()) && seen.sameContentAs(c))
                .min(Comparator.comparing((CatalogEntry c) -> c.state() != ObjectState.PRESENT)
                        .thenComparing(CatalogEntry::objectId));
    }
}
