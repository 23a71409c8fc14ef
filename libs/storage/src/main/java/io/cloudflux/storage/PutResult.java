package io.cloudflux.storage;

import io.cloudflux.events.Checksums;

/**
 * What a put wrote.
 *
 * @param key       the object
 * @param size      bytes read from the source and written
 * @param etag      the entity tag the provider gave the new object, unquoted
 * @param version   S3 version id, GCS generation, filesystem revision; {@code null} when the provider has none
 * @param checksums computed by the adapter over the bytes while they streamed through it
 * @param parts     1 for a single request, else the number of multipart parts or blocks
 * @param stored    the checksums the provider reported in its response for the object it now stores, computed on
 *                  its side ({@link Checksums#NONE} when the response carries none): comparing them with
 *                  {@code checksums} proves the write without another request
 */
public record PutResult(ObjectKey key, long size, String etag, String version, Checksums checksums, int parts,
        Checksums stored) {
}
