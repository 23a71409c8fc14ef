package io.cloudflux.sync.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.catalog.ObjectState;
import io.cloudflux.sync.catalog.Observation;
import io.cloudflux.sync.clouds.ScanScope;
import io.cloudflux.sync.drift.DriftFindings;
import io.cloudflux.sync.drift.DriftKind;
import io.cloudflux.sync.drift.Evidence;
import io.cloudflux.sync.drift.FindingState;

/**
 * Applies one listed page to the catalog, in the caller's transaction: catalogs new objects (or records a leftover
 * when one has the content of a catalogued object elsewhere), updates changed ones (a CHANGED finding when the
 * content changed), brings back ones found again, and — in a FULL run — notes the catalogued objects of the page's
 * key range that the page did not list, for the sweep at the run's end.
 */
class PageProcessor {

    private final CatalogStore catalog;
    private final DriftFindings findings;

    PageProcessor(CatalogStore catalog, DriftFindings findings) {
        this.catalog = catalog;
        this.findings = findings;
    }

    /**
     * @param afterKey the last key of the previous page, or null for the first
     * @param lastPage whether the listing ends with this page: its range then runs to the prefix's end
     * @param missing  receives the objectIds of unlisted catalogued objects of the page's range (FULL runs only)
     * @param firstSight completes what the listing said of an object not catalogued yet (its checksums)
     */
    PageTally apply(ScanRun run, List<Observation> page, String afterKey, boolean lastPage, List<String> missing,
            UnaryOperator<Observation> firstSight) {
        ScanScope scope = run.scope();
        Map<String, Observation> listed = new LinkedHashMap<>();
        for (Observation o : page) {
            listed.put(o.location().key(), o);
        }
        Map<String, CatalogEntry> known = new HashMap<>();
        if (run.mode() == ScanMode.FULL && (!page.isEmpty() || lastPage)) {
            String upTo = lastPage ? null : page.get(page.size() - 1).location().key();
            for (CatalogEntry entry : catalog.inRange(scope.account(), scope.bucket(), scope.prefix(), afterKey, upTo)) {
                if (listed.containsKey(entry.key())) {
                    known.put(entry.key(), entry);
                }
                else if (entry.state() == ObjectState.PRESENT) {
                    missing.add(entry.objectId());
                }
            }
        }
        List<String> unmatched = listed.keySet().stream().filter(key -> !known.containsKey(key)).toList();
        known.putAll(catalog.byKeys(scope.account(), scope.bucket(), unmatched));

        long bytes = 0;
        long changed = 0;
        List<Observation> unknown = new ArrayList<>();
        for (Observation seen : page) {
            bytes += seen.sizeBytes();
            CatalogEntry entry = known.get(seen.location().key());
            if (entry == null) {
                unknown.add(firstSight.apply(seen));
            }
            else if (observeKnown(run, entry, seen)) {
                changed++;
            }
        }
        Leftovers leftovers = Leftovers.among(unknown, catalog);
        for (Leftovers.Match match : leftovers.matches()) {
            findings.open(DriftKind.LEFTOVER, match.original().objectId(), match.copy().location(), scope.account(),
                    Evidence.leftover(match.original(), match.copy(),
                            catalog.isFormerLocation(match.original().objectId(), match.copy().location())),
                    run.id());
        }
        long created = catalog.insertNew(leftovers.fresh()).size();
        return new PageTally(page.size(), bytes, created, changed, leftovers.matches().size());
    }

    /** Answers whether the object's content changed. */
    private boolean observeKnown(ScanRun run, CatalogEntry entry, Observation seen) {
        boolean contentChanged = seen.contentDiffersFrom(entry);
        if (entry.state() == ObjectState.MISSING) {
            findings.closeOpen(DriftKind.MISSING, entry.location(), FindingState.RESOLVED, "scan-" + run.id(),
                    "found again by a scan");
        }
        else if (!seen.differsFrom(entry)) {
            return false;
        }
        if (contentChanged) {
            findings.open(DriftKind.CHANGED, entry.objectId(), entry.location(), entry.account(),
                    Evidence.changed(entry, seen), run.id());
        }
        catalog.updateObserved(entry, seen);
        return contentChanged;
    }
}
