package io.cloudflux.sync.drift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageException;
import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.catalog.Checksum;
import io.cloudflux.sync.clouds.ScanScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies objects at rest: reads a random sample of a scope's objects, hashes them, and compares with the checksums
 * the catalog keeps — a CHECKSUM_MISMATCH finding when they disagree, the computed ones recorded where the catalog
 * had none. Archived objects, and objects that changed since the scan (the read is pinned to what HEAD saw), are
 * skipped.
 */
class ChecksumSampler {

    private static final Logger log = LoggerFactory.getLogger(ChecksumSampler.class);

    private final JdbcTemplate jdbc;
    private final CatalogStore catalog;
    private final DriftFindings findings;
    private final TransactionTemplate transactions;
    private final DriftProperties properties;

    ChecksumSampler(JdbcTemplate jdbc, CatalogStore catalog, DriftFindings findings, TransactionTemplate transactions,
            DriftProperties properties) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.findings = findings;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** Verifies a sample of the scope; answers how many objects were read. */
    int verify(ScanScope scope, StorageAdapter adapter, Long scanId) {
        if (properties.verifyFraction() == 0 || properties.verifyAtMost() == 0) {
            return 0;
        }
        List<String> sample = jdbc.queryForList("select object_id from catalog_object tablesample bernoulli (?) "
                + "where account = ? and bucket = ? and starts_with(object_key, ?) and state = 'PRESENT' limit ?",
                String.class, properties.verifyFraction() * 100, scope.account(), scope.bucket(), scope.prefix(),
                properties.verifyAtMost());
        int verified = 0;
        for (String objectId : sample) {
            CatalogEntry entry = catalog.find(objectId).orElse(null);
            if (entry != null && verifyOne(entry, adapter, scanId)) {
                verified++;
            }
        }
        return verified;
    }

    /** Reads and hashes one object; answers whether it could be read. */
    boolean verifyOne(CatalogEntry entry, StorageAdapter adapter, Long scanId) {
        ObjectKey key = new ObjectKey(entry.bucket(), entry.key());
        try {
            ObjectInfo info = adapter.head(key);
            if (info.archiveState() == ArchiveState.ARCHIVED || info.archiveState() == ArchiveState.REHYDRATING
                    || info.size() != entry.sizeBytes()) {
                return false;
            }
            ContentHash hash;
            try (InputStream in = adapter.get(key, io.cloudflux.storage.ByteRange.ALL, Precondition.matching(info))) {
                hash = ContentHash.of(in);
            }
            transactions.executeWithoutResult(status -> {
                if (Checksum.contradict(hash.checksums(), entry.checksums())) {
                    findings.open(DriftKind.CHECKSUM_MISMATCH, entry.objectId(), entry.location(), entry.account(),
                            Evidence.checksumMismatch(entry, hash.checksums(), hash.bytes()), scanId);
                }
                else {
                    catalog.completeChecksums(entry, hash.checksums());
                }
            });
            return true;
        }
        catch (StorageException | IOException | UncheckedIOException e) {
            log.warn("Verifying {} failed; it stays unverified: {}", entry.location(), e.toString());
            return false;
        }
    }
}
