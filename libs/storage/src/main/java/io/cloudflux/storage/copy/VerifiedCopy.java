package io.cloudflux.storage.copy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;

import io.cloudflux.events.Checksums;
import io.cloudflux.storage.ArchiveState;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.ChecksummingInputStream;
import io.cloudflux.storage.ExpectedLengthInputStream;
import io.cloudflux.storage.ObjectAttributes;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.TransientException;
import io.cloudflux.storage.WriteCondition;

/**
 * Copies one object between any two adapters (two clouds, or two accounts of one) by streaming it, and proves the
 * copy before returning. The source is read under a precondition on the version that was seen (a source replaced
 * since fails the copy with {@link PreconditionFailedException}); the target is written only where nothing is (or,
 * when the caller says so, only over the version it names), so a second writer makes the copy fail, never lie. Three
 * links are checked ({@link Link}), and the {@link Result} says how each was proven:
 * <ol>
 *   <li>bytes read = bytes the source keeps: a checksum the source stores (MD5, CRC32C or SHA-256) against the same
 *       checksum of the streamed bytes, computed here or by the target's provider over what it stores once link 3
 *       holds (else the target is read back); when the source keeps none, the link is {@link Proof#NOT_PROVEN}, or,
 *       under {@link Policy#requireEveryLink()}, proven by reading the source again;</li>
 *   <li>bytes read = bytes the target adapter received: the CRC32C computed here against the one the put
 *       computed;</li>
 *   <li>bytes received = bytes the target stores: checksums the target's provider computed (in its answer to the
 *       put, or in a head of the very version written) or its check of every part, else a read of that version.
 *       A checksum the adapter computed itself, or one a writer declared, never counts.</li>
 * </ol>
 * A mismatch fails the copy with {@link ChecksumMismatchException} after deleting what it wrote (guarded by the
 * version written, so another writer's object is never removed). Retrying is the caller's (see
 * {@link io.cloudflux.storage.retry.Retrier}).
 */
public final class VerifiedCopy {

    /**
     * What a copy insists on.
     *
     * @param requireEveryLink prove the source link even when the source keeps no checksum, by reading it again
     * @param overwrite        when the put's options carry no condition, replace whatever is at the target instead
     *                         of requiring it to be absent
     */
    public record Policy(boolean requireEveryLink, boolean overwrite) {

        /** Report an unprovable source link as {@link Proof#NOT_PROVEN}; never overwrite unasked. */
        public static final Policy DEFAULT = new Policy(false, false);

        public Policy withEveryLinkRequired() {
            return new Policy(true, overwrite);
        }

        public Policy withOverwrite() {
            return new Policy(requireEveryLink, true);
        }
    }

    /**
     * A copy whose target holds the bytes read.
     *
     * @param written    what the target's put wrote: size, ETag, version, checksums of the bytes copied
     * @param links      how each {@link Link} was proven; {@link #verified()} only when none is
     *                   {@link Proof#NOT_PROVEN}
     * @param notCarried attributes of the source the target does not keep as given, by its provider's rules
     *                   ({@link StorageAdapter#kept}): {@code contentType}, {@code contentEncoding},
     *                   {@code metadata:<name>}; empty when all were carried
     */
    public record Result(PutResult written, Map<Link, Proof> links, Set<String> notCarried) {

        public Result {
            links = Collections.unmodifiableMap(new EnumMap<>(links));
            notCarried = Set.copyOf(notCarried);
        }

        public Checksums checksums() {
            return written.checksums();
        }

        /** How the target link was proven. */
        public Proof proof() {
            return links.get(Link.TARGET);
        }

        /** Every link proven: the target stores the bytes of the source version that was read. */
        public boolean verified() {
            return links.size() == Link.values().length && !links.containsValue(Proof.NOT_PROVEN);
        }
    }

    private final Policy policy;

    public VerifiedCopy(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public VerifiedCopy() {
        this(Policy.DEFAULT);
    }

    /** Copies {@code source} of {@code from} to {@code target} of {@code to}, in {@code options}' class. */
    public Result copy(StorageAdapter from, ObjectKey source, StorageAdapter to, ObjectKey target, PutOptions options) {
        return copy(from, from.head(source), to, target, options);
    }

    /**
     * Copies an object already described by a listing entry or a head, saving a request per object when a whole
     * listing is copied. The first link is then checked against the checksums that entry and the get's answer carry
     * (an S3 listing carries none; its get carries the stored CRC32C, and the MD5 where the ETag is one).
     */
    public Result copy(StorageAdapter from, ObjectInfo src, StorageAdapter to, ObjectKey target, PutOptions options) {
        ObjectKey source = src.key();
        if (src.archiveState() == ArchiveState.ARCHIVED || src.archiveState() == ArchiveState.REHYDRATING) {
            throw new PermanentException(source + " is archived: rehydrate it before copying");
        }
        CRC32C streamed = new CRC32C();
        PutResult put;
        PutOptions wanted;
        // Read the version that was seen: a source replaced since then fails the copy instead of copying newer data.
        try (InputStream in = from.get(source, ByteRange.ALL, Precondition.matching(src));
                CheckedInputStream checked = new CheckedInputStream(in, streamed)) {
            // The get's answer may carry checksums and attributes the listing did not: of the same version, since
            // the read is guarded by the version seen, so they describe the source together.
            Checksums withGet = ExpectedLengthInputStream.storedChecksumsOf(in);
            requireNoConflict(src.checksums(), withGet, "what " + source + " stores", "what its get reported");
            src = src.withChecksums(merge(src.checksums(), withGet))
                    .withAttributes(src.attributes().orElse(ExpectedLengthInputStream.attributesOf(in)));
            if (!src.attributes().isKnown()) {
                src = src.withAttributes(from.head(source).attributes());
            }
            wanted = targetOptions(options, src);
            // The target may let its provider check the bytes against the source's own checksums instead of hashing
            // them itself (Azure checks a Content-MD5); it fails the put before committing when they differ.
            put = to.put(target, checked, src.size(), wanted);
        }
        catch (IOException e) {
            throw new TransientException("copy " + source + " to " + target + ": closing the source failed", e);
        }
        try {
            return prove(from, src, to, target, put, ChecksummingInputStream.crc32cHex(streamed.getValue()), wanted);
        }
        catch (ChecksumMismatchException e) {
            removeUnproven(to, target, put, e);
            throw e;
        }
    }

    private PutOptions targetOptions(PutOptions options, ObjectInfo src) {
        PutOptions wanted = options.withAttributesOf(src.attributes()).withExpected(src.checksums());
        if (wanted.condition().isAny() && !policy.overwrite()) {
            wanted = wanted.withCondition(WriteCondition.ABSENT);
        }
        return wanted;
    }

    private Result prove(StorageAdapter from, ObjectInfo src, StorageAdapter to, ObjectKey target, PutResult put,
            String streamedCrc, PutOptions wanted) {
        Map<Link, Proof> links = new EnumMap<>(Link.class);
        Checksums copied = put.checksums();
        require(new Checksums(null, streamedCrc, null), copied, "the stream read from " + src.key(),
                "the bytes " + target + " received");
        links.put(Link.TRANSFER, Proof.STREAM_CRC32C);
        requireNoConflict(src.checksums(), copied, "what " + src.key() + " stores", "the bytes read from it");
        TargetCheck check = new TargetCheck(to, target, put);
        links.put(Link.TARGET, check.prove());
        links.put(Link.SOURCE, proveSource(from, src, check, streamedCrc));
        return new Result(put, links, notCarried(wanted.attributes(), to.kept(wanted.attributes())));
    }

    /**
     * Link 1, once the target is proven to hold the bytes read: the source's stored checksum against a checksum of
     * those bytes, computed while they streamed or by the target's provider over what it stores (an S3 single-part
     * ETag is the MD5 S3 computed, so an S3-to-S3 copy needs no MD5 of ours). When neither has the source's
     * algorithm, the target is read back through it.
     */
    private Proof proveSource(StorageAdapter from, ObjectInfo src, TargetCheck target, String streamedCrc) {
        Checksums kept = src.checksums();
        String sourceName = "what " + src.key() + " stores";
        if (kept.md5() == null && kept.crc32c() == null && kept.sha256() == null) {
            if (!policy.requireEveryLink()) {
                return Proof.NOT_PROVEN;
            }
            Checksums again = Reread.checksums(from, src.key(), Precondition.matching(src), false);
            require(new Checksums(null, streamedCrc, null), again, "the stream read from " + src.key(),
                    "a second read of it");
            return Proof.SOURCE_READ_BACK;
        }
        Checksums ofBytesRead = merge(target.put().checksums(), target.keeps());
        ChecksumMatch match = ChecksumMatch.of(kept, ofBytesRead);
        if (match == ChecksumMatch.MISMATCH) {
            throw new ChecksumMismatchException(sourceName + " " + kept + " does not match the bytes read from it "
                    + ofBytesRead);
        }
        if (match == ChecksumMatch.MATCH) {
            return Proof.SOURCE_CHECKSUM;
        }
        Checksums again = target.reread(kept.md5() == null && kept.sha256() != null);
        require(again, ofBytesRead, "a second read of " + target.key(), "the bytes sent to it");
        require(kept, again, sourceName, "a second read of " + target.key());
        return Proof.TARGET_READ_BACK;
    }

    /** Deletes the object this copy wrote, if it is still that object; a failure to is attached, never thrown. */
    private static void removeUnproven(StorageAdapter to, ObjectKey target, PutResult put, StorageException cause) {
        try {
            to.delete(target, new Precondition(put.etag(), put.version()));
        }
        catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** What of {@code wanted} the target does not keep as given, by its provider's rules. */
    private static Set<String> notCarried(ObjectAttributes wanted, ObjectAttributes stored) {
        Set<String> missing = new java.util.TreeSet<>();
        if (!Objects.equals(wanted.contentType(), stored.contentType())) {
            missing.add("contentType");
        }
        if (!Objects.equals(wanted.contentEncoding(), stored.contentEncoding())) {
            missing.add("contentEncoding");
        }
        wanted.metadata().forEach((name, value) -> {
            if (!value.equals(stored.metadata().get(name))) {
                missing.add("metadata:" + name);
            }
        });
        return missing;
    }

    /** The checksums of one content from two sources that agree, each algorithm taken from whichever has it. */
    static Checksums merge(Checksums a, Checksums b) {
        return new Checksums(a.md5() != null ? a.md5() : b.md5(), a.crc32c() != null ? a.crc32c() : b.crc32c(),
                a.sha256() != null ? a.sha256() : b.sha256());
    }

    static void require(Checksums a, Checksums b, String aName, String bName) {
        if (ChecksumMatch.of(a, b) != ChecksumMatch.MATCH) {
            throw new ChecksumMismatchException(aName + " " + a + " does not match " + bName + " " + b);
        }
    }

    static void requireNoConflict(Checksums a, Checksums b, String aName, String bName) {
        if (ChecksumMatch.of(a, b) == ChecksumMatch.MISMATCH) {
            throw new ChecksumMismatchException(aName + " " + a + " does not match " + bName + " " + b);
        }
    }
}
