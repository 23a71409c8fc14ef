package io.cloudflux.storage.copy;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;

/**
 * Link 3 of one copy: that the target stores the bytes its put received. Only the provider's own word counts (the
 * checksums it computed, in its answer to the put or in a head, or its check of every part) or a read of the target;
 * every head and read is of the very version the put wrote, so a second writer fails the copy instead of being
 * taken for it.
 */
final class TargetCheck {

    private final StorageAdapter to;
    private final ObjectKey key;
    private final PutResult put;
    private ObjectInfo head;
    private Checksums keeps = Checksums.NONE;

    TargetCheck(StorageAdapter to, ObjectKey key, PutResult put) {
        this.to = to;
        this.key = key;
        this.put = put;
    }

    Proof prove() {
        Checksums copied = put.checksums();
        VerifiedCopy.requireNoConflict(put.stored(), copied, "what " + key + " reported storing",
                "the bytes sent to it");
        if (ChecksumMatch.of(put.stored(), copied) == ChecksumMatch.MATCH) {
            keeps = put.stored();
            return Proof.PUT_RESPONSE;
        }
        if (put.partsCheckedByProvider()) {
            return Proof.PARTS_CHECKED_BY_PROVIDER;
        }
        if (to.headChecksumsComputedByProvider()) {
            Checksums stored = head().checksums();
            VerifiedCopy.requireNoConflict(stored, copied, "what " + key + " stores", "the bytes sent to it");
            if (ChecksumMatch.of(stored, copied) == ChecksumMatch.MATCH) {
                keeps = stored;
                return Proof.STORED_CHECKSUMS;
            }
        }
        keeps = reread(false);
        VerifiedCopy.require(keeps, copied, "a read of " + key, "the bytes sent to it");
        return Proof.TARGET_READ_BACK;
    }

    /** Checksums of the stored object that the provider computed or a read of it gave, beyond the put's own. */
    Checksums keeps() {
        return keeps;
    }

    PutResult put() {
        return put;
    }

    ObjectKey key() {
        return key;
    }

    /** The written version read back: MD5, CRC32C, and SHA-256 if asked. */
    Checksums reread(boolean withSha256) {
        Checksums read = Reread.checksums(to, key, written(), withSha256);
        keeps = VerifiedCopy.merge(keeps, read);
        return read;
    }

    private ObjectInfo head() {
        if (head == null) {
            ObjectInfo seen = to.head(key);
            boolean otherEtag = put.etag() != null && seen.etag() != null && !put.etag().equals(seen.etag());
            boolean otherVersion = put.version() != null && seen.version() != null
                    && !put.version().equals(seen.version());
            if (otherEtag || otherVersion) {
                throw new PreconditionFailedException(key + " was replaced after this copy wrote it: its ETag is now "
                        + seen.etag() + ", not " + put.etag());
            }
            head = seen;
        }
        return head;
    }

    private Precondition written() {
        return new Precondition(put.etag(), put.version());
    }
}
