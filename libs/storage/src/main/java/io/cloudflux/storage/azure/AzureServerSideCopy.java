package io.cloudflux.storage.azure;

import java.time.Duration;

import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.models.AccessTier;
import com.azure.storage.blob.models.BlobBeginCopySourceRequestConditions;
import com.azure.storage.blob.models.BlobCopyInfo;
import com.azure.storage.blob.models.CopyStatusType;
import com.azure.storage.blob.options.BlobBeginCopyOptions;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.TransientException;

/**
 * A same-account Start Copy Blob, guarded by the source's ETag and waited for at most {@link #COPY_TIMEOUT}: one
 * attempt cannot outlast a retry deadline by an hour. A copy still pending then is aborted; one that ended in any
 * state but success is a failed copy, never a target returned as if it had succeeded.
 */
final class AzureServerSideCopy {

    /** The longest one server-side copy is waited for before it is aborted and reported as transient. */
    static final Duration COPY_TIMEOUT = Duration.ofMinutes(2);

    private AzureServerSideCopy() {
    }

    static void copy(String sourceUrl, String sourceEtag, BlobClient target, AccessTier tier, String operation) {
        SyncPoller<BlobCopyInfo, Void> poller = target.beginCopy(new BlobBeginCopyOptions(sourceUrl)
                .setSourceRequestConditions(new BlobBeginCopySourceRequestConditions().setIfMatch(sourceEtag))
                .setTier(tier)
                .setPollInterval(Duration.ofMillis(200)));
        PollResponse<BlobCopyInfo> done;
        try {
            done = poller.waitForCompletion(COPY_TIMEOUT);
        }
        catch (RuntimeException e) {
            StorageException failed = AzureErrors.translate(operation, e);
            if (!(failed instanceof TransientException)) {
                throw failed;
            }
            // Still pending after the timeout (or the wait broke off): stop it rather than leave it running unseen.
            TransientException timedOut = new TransientException(operation + ": not completed within "
                    + COPY_TIMEOUT + ", aborted", e);
            abortQuietly(target, poller.poll().getValue(), timedOut);
            throw timedOut;
        }
        requireCopied(operation, done.getValue());
    }

    /** A copy that ended in any state but success (failed, aborted, still pending) is a failed copy. */
    static void requireCopied(String operation, BlobCopyInfo copy) {
        CopyStatusType status = copy == null ? null : copy.getCopyStatus();
        if (status != CopyStatusType.SUCCESS) {
            throw new TransientException(operation + ": the copy ended " + status
                    + (copy == null ? "" : " (" + copy.getError() + ")"));
        }
    }

    private static void abortQuietly(BlobClient target, BlobCopyInfo copy, StorageException cause) {
        if (copy == null || copy.getCopyId() == null) {
            return;
        }
        try {
            target.abortCopyFromUrl(copy.getCopyId());
        }
        catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
