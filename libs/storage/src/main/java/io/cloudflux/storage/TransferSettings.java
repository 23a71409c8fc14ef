package io.cloudflux.storage;

/**
 * When a put switches from one request to a multipart (block, resumable) upload, and how big each part is. A put
 * holds at most one part in memory, so {@code partSize} bounds an upload's heap whatever the object's size.
 *
 * @param multipartThreshold objects up to this many bytes go in one request
 * @param partSize           bytes per part of a multipart upload; S3 wants at least 5 MiB except for the last part
 */
public record TransferSettings(long multipartThreshold, int partSize) {

    /** 16 MiB threshold, 8 MiB parts. */
    public static final TransferSettings DEFAULTS = new TransferSettings(16L << 20, 8 << 20);

    public TransferSettings {
        if (multipartThreshold < 1 || partSize < 1) {
            throw new IllegalArgumentException("threshold and part size must be positive");
        }
        if (multipartThreshold > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a single-request upload is buffered: threshold too large");
        }
    }
}
