package io.cloudflux.sync.scan;

import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.StorageException;
import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.catalog.ObjectState;
import io.cloudflux.sync.drift.DriftFindings;
import io.cloudflux.sync.drift.DriftKind;
import io.cloudflux.sync.drift.Evidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a FULL run whose listing completed: each catalogued object a page did not list is marked MISSING —
 * with an ObjectRemoved event and a MISSING finding — only if it is still where it was before the run started and a
 * HEAD answers "not found". A HEAD that fails otherwise, or finds the object, removes nothing.
 */
class Sweep {

    private static final Logger log = LoggerFactory.getLogger(Sweep.class);
    private static final int RENEW_EVERY = 100;

    private final CatalogStore catalog;
    private final DriftFindings findings;
    private final ScanRuns runs;
    private final TransactionTemplate transactions;

    Sweep(CatalogStore catalog, DriftFindings findings, ScanRuns runs, TransactionTemplate transactions) {
        this.catalog = catalog;
        this.findings = findings;
        this.runs = runs;
        this.transactions = transactions;
    }

    void apply(ScanRun run, ScanSource source, String owner) {
        long missing = 0;
        int checked = 0;
        for (String objectId : runs.missingCandidates(run.id())) {
            if (++checked % RENEW_EVERY == 0 && !runs.renew(run.id(), owner)) {
                throw new IllegalStateException("run " + run.id() + " lost its lease during its sweep");
            }
            CatalogEntry entry = catalog.find(objectId).orElse(null);
            if (entry != null && stillExpected(entry, run) && goneAtHead(entry, source)) {
                Boolean marked = transactions.execute(status -> {
                    if (!catalog.markMissing(entry)) {
                        return false;
                    }
                    findings.open(DriftKind.MISSING, entry.objectId(), entry.location(), entry.account(),
                            Evidence.missing(entry, run.id()), run.id());
                    return true;
                });
                missing += Boolean.TRUE.equals(marked) ? 1 : 0;
            }
        }
        runs.countMissing(run.id(), missing);
    }

    /** Still PRESENT in the run's scope, and there since before the run began (a move during the run is not a loss). */
    private static boolean stillExpected(CatalogEntry entry, ScanRun run) {
        return entry.state() == ObjectState.PRESENT && entry.account().equals(run.scope().account())
                && entry.bucket().equals(run.scope().bucket()) && entry.key().startsWith(run.scope().prefix())
                && entry.locatedAt().isBefore(run.startedAt());
    }

    private static boolean goneAtHead(CatalogEntry entry, ScanSource source) {
        try {
            source.head(entry.key());
            return false;
        }
        catch (NotFoundException e) {
            return true;
        }
        catch (StorageException e) {
            log.warn("HEAD of {} failed; not marking it missing: {}", entry.location(), e.toString());
            return false;
        }
    }
}
