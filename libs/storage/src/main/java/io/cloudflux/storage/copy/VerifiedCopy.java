package io.cloudflux.storage.copy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.ChecksummingInputStream;
import io.cloudflux.storage.ExpectedLengthInputStream;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TransientException;

/**
 * Copies one object between any two adapters (two clouds, or two accounts of one) by streaming it, and proves the
 * copy before returning. The source is read under a precondition on the version that was seen (a source replaced
 * since fails the copy with {@link io.cloudflux.storage.PreconditionFailedException}), and three links are checked,
 * so that a corruption anywhere is caught:
 * <ol>
 *   <li>bytes read = bytes the source keeps: a checksum the source stores (MD5 or CRC32C) against the same
 *       checksum of the streamed bytes, computed here or by the target's provider over what it stores once link 3
 *       holds (else the target is read back through MD5);</li>
 *   <li>bytes read = bytes the target adapter received: the CRC32C computed here against the one the target's put
 *       computed;</li>
 *   <li>bytes received = bytes the target stores: the put's checksums against what the provider's answer to the
 *       put reported storing, else the target's head, else a second read of the target.</li>
 * </ol>
 * A mismatch fails the copy with {@link ChecksumMismatchException} and leaves the target to the caller, who has not
 * switched anything to it. Retrying is the caller's (see {@link io.cloudflux.storage.retry.Retrier}): the copy can
 * simply run again.
 */
public final class VerifiedCopy {

    /** How a copy was proven. */
    public enum Proof {
        /** The provider's answer to the put carried checksums of what it stored, and they agreed. */
        PUT_RESPONSE,
        /** The target's head carried checksums of what it stores, and they agreed. */
        STORED_CHECKSUMS,
        /** The target keeps no comparable checksum: it was read back and checksummed. */
        TARGET_REREAD
    }

    /**
     * A proven copy.
     *
     * @param written   what the target's put wrote: size, ETag, version, MD5 and CRC32C of the bytes copied
     * @param proof     how the target was checked
     */
    public record Result(PutResult written, Proof proof) {

        public Checksums checksums() {
            return written.checksums();
        }
    }

    /** Copies {@code source} of {@code from} to {@code target} of {@code to}, in {@code options}' class. */
    public Result copy(StorageAdapter from, ObjectKey source, StorageAdapter to, ObjectKey target, PutOptions options) {
        return copy(from, from.head(source), to, target, options);
    }

    /**
     * Copies an object already described by a listing entry or a head, saving a request per object when a whole
     * listing is copied. The first link is then checked against the checksums that entry carries (an S3 listing
     * carries the MD5 of single-part objects only).
     */
    public Result copy(StorageAdapter from, ObjectInfo src, StorageAdapter to, ObjectKey target, PutOptions options) {
        ObjectKey source = src.key();
        if (src.archiveState() == ArchiveState.ARCHIVED || src.archiveState() == ArchiveState.REHYDRATING) {
            throw new PermanentException(source + " is archived: rehydrate it before copying");
        }
        CRC32C streamed = new CRC32C();
        PutResult put;
        // Read the version that was seen: a source replaced since then fails the copy instead of copying newer data.
        try (InputStream in = from.get(source, ByteRange.ALL, Precondition.matching(src));
                CheckedInputStream checked = new CheckedInputStream(in, streamed)) {
            // The get's answer may carry checksums the listing did not (S3's stored CRC32C): of the same version,
            // since the read is guarded by the version seen, so they describe the source together.
            Checksums withGet = ExpectedLengthInputStream.storedChecksumsOf(in);
            requireNoConflict(src.checksums(), withGet, "what " + source + " stores", "what its get reported");
            src = src.withChecksums(merge(src.checksums(), withGet));
            // The target may let its provider check the bytes against the source's own checksums instead of hashing
            // them itself (Azure checks a Content-MD5); it fails the put before committing when they differ.
            put = to.put(target, checked, src.size(), options.withExpected(src.checksums()));
        }
        catch (IOException e) {
            throw new TransientException("copy " + source + " to " + target + ": closing the source failed", e);
        }
        String streamedCrc = ChecksummingInputStream.crc32cHex(streamed.getValue());
        Checksums copied = put.checksums();
        require(new Checksums(null, streamedCrc, null), copied, "the stream read from "
                + source, "the bytes " + target + " received");
        requireNoConflict(src.checksums(), copied, "what " + source + " stores", "the bytes read from it");
        requireNoConflict(put.stored(), copied, "what " + target + " reported storing", "the bytes sent to it");
        Proof proof;
        Checksums targetKeeps;
        if (ChecksumMatch.of(put.stored(), copied) == ChecksumMatch.MATCH) {
            proof = Proof.PUT_RESPONSE;
            targetKeeps = put.stored();
        }
        else {
            ObjectInfo stored = to.head(target);
            requireNoConflict(stored.checksums(), copied, "what " + target + " stores", "the bytes sent to it");
            if (ChecksumMatch.of(stored.checksums(), copied) == ChecksumMatch.MATCH) {
                proof = Proof.STORED_CHECKSUMS;
                targetKeeps = stored.checksums();
            }
            else {
                targetKeeps = reread(to, target);
                require(targetKeeps, copied, "a second read of " + target, "the bytes sent to it");
                proof = Proof.TARGET_REREAD;
            }
        }
        proveSource(src, merge(copied, targetKeeps), to, target);
        return new Result(put, proof);
    }

    /**
     * Link 1, once the target is proven to hold the bytes read: the source's stored checksum against a checksum of
     * those bytes, either computed while they streamed or computed by the target's provider over what it stores (an
     * S3 single-part ETag is the MD5 S3 computed, so an S3-to-S3 copy needs no MD5 of ours). When neither has the
     * source's algorithm (an MD5-only source, a target that computed no MD5), the target is read back through MD5.
     */
    private static void proveSource(ObjectInfo src, Checksums ofBytesRead, StorageAdapter to, ObjectKey target) {
        Checksums kept = src.checksums();
        String sourceName = "what " + src.key() + " stores";
        ChecksumMatch match = ChecksumMatch.of(kept, ofBytesRead);
        if (match == ChecksumMatch.MATCH || (kept.md5() == null && kept.crc32c() == null)) {
            // Proven; or the source keeps no MD5/CRC32C (an S3 multipart object written by another tool), when
            // links 2 and 3 are all there is to check.
            requireNoConflict(kept, ofBytesRead, sourceName, "the bytes read from it");
            return;
        }
        if (match == ChecksumMatch.MISMATCH) {
            throw new ChecksumMismatchException(sourceName + " " + kept + " does not match the bytes read from it "
                    + ofBytesRead);
        }
        Checksums again = reread(to, target);
        require(again, ofBytesRead, "a second read of " + target, "the bytes sent to it");
        require(kept, again, sourceName, "a second read of " + target);
    }

    /** The checksums of one content from two sources that agree, each algorithm taken from whichever has it. */
    static Checksums merge(Checksums a, Checksums b) {
        return new Checksums(a.md5() != null ? a.md5() : b.md5(), a.crc32c() != null ? a.crc32c() : b.crc32c(),
                a.sha256() != null ? a.sha256() : b.sha256());
    }

    private static Checksums reread(StorageAdapter adapter, ObjectKey key) {
        try (InputStream in = adapter.get(key); ChecksummingInputStream sums = new ChecksummingInputStream(in)) {
            sums.transferTo(OutputStream.nullOutputStream());
            return sums.checksums();
        }
        catch (IOException e) {
            throw new TransientException("re-reading " + key + " failed", e);
        }
    }

    private static void require(Checksums a, Checksums b, String aName, String bName) {
        if (ChecksumMatch.of(a, b) != ChecksumMatch.MATCH) {
            throw new ChecksumMismatchException(aName + " " + a + " does not match " + bName + " " + b);
        }
    }

    private static void requireNoConflict(Checksums a, Checksums b, String aName, String bName) {
        if (ChecksumMatch.of(a, b) == ChecksumMatch.MISMATCH) {
            throw new ChecksumMismatchException(aName + " " + a + " does not match " + bName + " " + b);
        }
    }
}
