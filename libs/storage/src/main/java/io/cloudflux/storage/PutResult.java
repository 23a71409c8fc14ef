package io.cloudflux.storage;

import io.cloudflux.events.Checksums;

/**
 * What a put wrote.
 *
 * @param key       the object
 * @param size      bytes read from the source and written
 * @param etag      the entity tag the provider gave the new object, unquoted
 * @param version   S3 version id, GCS generation, filesystem revision; {@code null} when the provider has none
 * @param checksums computed by the adapter over the bytes while they streamed through it; an algorithm the adapter
 *                  did not compute may be filled from {@link PutOptions#expected()} only when the bytes were proven
 *                  to have it (the provider checked it, as Azure checks a Content-MD5, or the adapter's CRC32C
 *                  equals the expected CRC32C of the same source version)
 * @param parts     1 for a single request, else the number of multipart parts or blocks
 * @param stored    the checksums the provider reported in its response for the object it now stores, computed on
 *                  its side ({@link Checksums#NONE} when the response carries none): comparing them with
 *                  {@code checksums} proves the write without another request. Never the adapter's own
 *                  computation handed back: that would prove nothing
 * @param partsCheckedByProvider the provider checked every part against a checksum computed here over the very
 *                  buffer sent, and committed exactly those parts, in order, from this upload alone (an Azure block
 *                  list of this upload's own uncommitted blocks): the stored object is the bytes sent, proven by the
 *                  provider without a whole-object checksum of its own
 */
public record PutResult(ObjectKey key, long size, String etag, String version, Checksums checksums, int parts,
        Checksums stored, boolean partsCheckedByProvider) {

    /** A put whose proof, if any, is in {@code stored}. */
    public PutResult(ObjectKey key, long size, String etag, String version, Checksums checksums, int parts,
            Checksums stored) {
        this(key, size, etag, version, checksums, parts, stored, false);
    }
}
