package io.cloudflux.sync.drift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.cloudflux.events.Location;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageException;
import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.catalog.Checksum;
import io.cloudflux.sync.catalog.LocationSwitch;
import io.cloudflux.sync.catalog.LocationSwitcher;
import io.cloudflux.sync.catalog.ObjectState;
import io.cloudflux.sync.catalog.SwitchOutcome;
import io.cloudflux.sync.clouds.CloudAccounts;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The safe repairs of a LEFTOVER finding. When the original is MISSING, the copy is the object moved by hand: the
 * catalog is re-pointed at it once its bytes hash to the catalogued checksums. When the original is PRESENT, the copy
 * is deleted — only after both were read back and hashed identical, the catalog still points at the original, and
 * with a precondition on the copy as it was read, so that nothing is deleted unless a verified copy is where the
 * catalog points.
 */
class Repairs {

    private final CatalogStore catalog;
    private final LocationSwitcher switcher;
    private final DriftFindings findings;
    private final CloudAccounts accounts;
    private final TransactionTemplate transactions;

    Repairs(CatalogStore catalog, LocationSwitcher switcher, DriftFindings findings, CloudAccounts accounts,
            TransactionTemplate transactions) {
        this.catalog = catalog;
        this.switcher = switcher;
        this.findings = findings;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** Repairs a LEFTOVER finding, or records in its evidence why it could not. */
    RepairOutcome repairLeftover(DriftFinding finding, String by) {
        CatalogEntry original = catalog.find(finding.objectId()).orElse(null);
        RepairOutcome outcome;
        try {
            if (original == null) {
                outcome = RepairOutcome.refused("the original object " + finding.objectId() + " is not catalogued");
            }
            else if (original.state() == ObjectState.MISSING) {
                outcome = repoint(finding, original, by);
            }
            else {
                outcome = deleteCopy(finding, original);
            }
        }
        catch (StorageException | UncheckedIOException e) {
            outcome = RepairOutcome.refused("storage failed: " + e.getMessage());
        }
        RepairOutcome result = outcome;
        transactions.executeWithoutResult(status -> {
            if (result.repaired()) {
                findings.close(finding.id(), FindingState.REPAIRED, by, result.note());
            }
            else {
                findings.addEvidence(finding.id(), Map.of("lastRepairAttempt", result.note()));
            }
        });
        return result;
    }

    private RepairOutcome repoint(DriftFinding finding, CatalogEntry original, String by) {
        StorageAdapter copies = accounts.adapter(finding.account());
        ObjectKey copyKey = keyOf(finding.location());
        ObjectInfo copy = copies.head(copyKey);
        ContentHash hash = read(copies, copyKey, copy);
        if (copy.size() != original.sizeBytes() || !Checksum.agree(hash.checksums(), original.checksums())) {
            return RepairOutcome.refused("the copy's bytes do not hash to the catalogued checksums");
        }
        SwitchOutcome outcome = switcher.switchLocation(new LocationSwitch(original.objectId(), original.location(),
                finding.location(), finding.account(), copy.size(), storageClass(copy, original), copy.etag(),
                copy.version(), Checksum.merge(hash.checksums(), copy.checksums()), copy.lastModified() != null
                        ? copy.lastModified() : original.lastModified(), "REPOINTED", by));
        if (!(outcome instanceof SwitchOutcome.Switched)) {
            return RepairOutcome.refused("the catalog changed meanwhile: " + outcome);
        }
        transactions.executeWithoutResult(status -> findings.closeOpen(DriftKind.MISSING, original.location(),
                FindingState.RESOLVED, by, "re-pointed to " + finding.location()));
        return RepairOutcome.done("catalog re-pointed from " + original.location() + " to its verified copy");
    }

    private RepairOutcome deleteCopy(DriftFinding finding, CatalogEntry original) {
        StorageAdapter originals = accounts.adapter(original.account());
        StorageAdapter copies = accounts.adapter(finding.account());
        ObjectKey originalKey = keyOf(original.location());
        ObjectKey copyKey = keyOf(finding.location());
        ObjectInfo originalInfo = originals.head(originalKey);
        ContentHash kept = read(originals, originalKey, originalInfo);
        if (!Checksum.agree(kept.checksums(), original.checksums()) || kept.bytes() != original.sizeBytes()) {
            return RepairOutcome.refused("the catalogued copy at " + original.location()
                    + " does not hash to its catalogued checksums: nothing deleted");
        }
        ObjectInfo copyInfo = copies.head(copyKey);
        ContentHash leftover = read(copies, copyKey, copyInfo);
        if (!leftover.checksums().equals(kept.checksums()) || leftover.bytes() != kept.bytes()) {
            return RepairOutcome.refused("the leftover's bytes differ from the catalogued copy's: nothing deleted");
        }
        boolean stillPointed = catalog.find(original.objectId())
                .filter(now -> now.location().equals(original.location()) && now.state() == ObjectState.PRESENT)
                .isPresent() && catalog.findByLocation(finding.location()).isEmpty();
        if (!stillPointed) {
            return RepairOutcome.refused("the catalog changed meanwhile: nothing deleted");
        }
        copies.delete(copyKey, Precondition.matching(copyInfo));
        return RepairOutcome.done("deleted after both copies hashed to md5 " + kept.checksums().md5()
                + "; the catalog points at " + original.location());
    }

    private static ContentHash read(StorageAdapter adapter, ObjectKey key, ObjectInfo seen) {
        try (InputStream in = adapter.get(key, ByteRange.ALL, Precondition.matching(seen))) {
            return ContentHash.of(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String storageClass(ObjectInfo copy, CatalogEntry original) {
        return copy.storageClass() != null && !copy.storageClass().isBlank() ? copy.storageClass()
                : original.storageClass();
    }

    private static ObjectKey keyOf(Location location) {
        return new ObjectKey(location.bucket(), location.key());
    }
}
