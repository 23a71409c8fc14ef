package io.cloudflux.sync.drift;

import java.util.List;
import java.util.Optional;

import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.catalog.ObjectState;
import io.cloudflux.sync.catalog.Observation;
import io.cloudflux.sync.clouds.CloudAccounts;
import io.cloudflux.sync.clouds.ScanScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows a completed scan — sampled checksum verification of the scope, then the safe repairs policy allows —
 * and what an operator does with a finding: repair, resolve or dismiss it.
 */
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final int REPAIRS_PER_PASS = 500;
    static final String AUTO = "auto-repair";

    private final ChecksumSampler sampler;
    private final Repairs repairs;
    private final DriftFindings findings;
    private final CatalogStore catalog;
    private final CloudAccounts accounts;
    private final TransactionTemplate transactions;
    private final DriftProperties properties;

    Reconciler(ChecksumSampler sampler, Repairs repairs, DriftFindings findings, CatalogStore catalog,
            CloudAccounts accounts, TransactionTemplate transactions, DriftProperties properties) {
        this.sampler = sampler;
        this.repairs = repairs;
        this.findings = findings;
        this.catalog = catalog;
        this.accounts = accounts;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** Verifies a sample of the scanned scope through {@code adapter}, then runs the repairs policy allows. */
    public void afterScan(ScanScope scope, long runId, StorageAdapter adapter) {
        try {
            int verified = sampler.verify(scope, adapter, runId);
            log.info("Verified the checksums of {} objects of {} after scan run={}", verified, scope, runId);
            autoRepair();
        }
        catch (RuntimeException e) {
            log.warn("Reconciliation after scan run={} of {} failed: {}", runId, scope, e.toString());
        }
    }

    /** Runs the repairs policy allows on the OPEN leftovers. */
    public void autoRepair() {
        if (!properties.autoRepair().repoint() && !properties.autoRepair().deleteLeftovers()) {
            return;
        }
        for (DriftFinding finding : findings.openOfKind(DriftKind.LEFTOVER, REPAIRS_PER_PASS)) {
            Optional<CatalogEntry> original = catalog.find(finding.objectId());
            boolean missing = original.map(o -> o.state() == ObjectState.MISSING).orElse(false);
            boolean former = Boolean.TRUE.equals(finding.evidence().get("formerLocationOfOriginal"));
            if ((missing && properties.autoRepair().repoint())
                    || (!missing && original.isPresent() && former && properties.autoRepair().deleteLeftovers())) {
                RepairOutcome outcome = repairs.repairLeftover(finding, AUTO);
                log.info("Auto-repair of finding={} at {}: {}", finding.id(), finding.location(), outcome.note());
            }
        }
    }

    /**
     * An operator's repair: a LEFTOVER is re-pointed to or deleted as {@link Repairs} allows; a MISSING object is
     * re-pointed to its verified copy when a LEFTOVER finding names one. Other kinds have no safe repair.
     */
    public RepairOutcome repair(DriftFinding finding, String by) {
        if (finding.state() != FindingState.OPEN) {
            return RepairOutcome.refused("the finding is " + finding.state());
        }
        return switch (finding.kind()) {
            case LEFTOVER -> repairs.repairLeftover(finding, by);
            case MISSING -> findings.openOfKind(DriftKind.LEFTOVER, Integer.MAX_VALUE).stream()
                    .filter(leftover -> finding.objectId().equals(leftover.objectId()))
                    .findFirst()
                    .map(leftover -> repairs.repairLeftover(leftover, by))
                    .orElse(RepairOutcome.refused("no copy of the object was found to re-point to"));
            case CHANGED, CHECKSUM_MISMATCH -> RepairOutcome.refused("a " + finding.kind()
                    + " finding has no safe automatic repair: resolve or dismiss it");
        };
    }

    /** An operator settles the finding; false when it was not OPEN. */
    public boolean resolve(DriftFinding finding, String by, String note) {
        return Boolean.TRUE.equals(transactions.execute(status ->
                findings.close(finding.id(), FindingState.RESOLVED, by, note)));
    }

    /**
     * An operator decides the finding is not drift; a dismissed LEFTOVER is a legitimate copy, catalogued from then on
     * as an object of its own. False when it was not OPEN.
     */
    public boolean dismiss(DriftFinding finding, String by, String note) {
        Observation copy = finding.kind() == DriftKind.LEFTOVER ? headOf(finding) : null;
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!findings.close(finding.id(), FindingState.DISMISSED, by, note)) {
                return false;
            }
            if (copy != null) {
                catalog.insertNew(List.of(copy));
            }
            return true;
        }));
    }

    private Observation headOf(DriftFinding finding) {
        StorageAdapter adapter = accounts.adapter(finding.account());
        return Observation.of(finding.account(), adapter,
                adapter.head(new ObjectKey(finding.location().bucket(), finding.location().key())));
    }
}
