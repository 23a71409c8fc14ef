package io.cloudflux.storage;

import java.io.InputStream;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;

/**
 * One configured storage account (an S3 endpoint and its credentials, an Azure storage account, a GCS project, a
 * filesystem root), seen the same way whatever the provider.
 *
 * <p>Every method fails with a {@link StorageException} subtype. Adapters do not retry: the SDKs' own retries are
 * switched off and retries live in {@link io.cloudflux.storage.retry}, so that one policy with one deadline decides.
 * Storage class names are the provider's own.
 */
public interface StorageAdapter extends AutoCloseable {

    /** Announces an unknown content length to {@link #put}. */
    long UNKNOWN_LENGTH = -1;

    Provider provider();

    /** Where an object of this account lives, as the catalog writes it. */
    Location locationOf(ObjectKey key);

    /** Creates the bucket (container) when it does not exist yet. */
    void createBucket(String bucket);

    /**
     * The attributes an object put with {@code wanted} keeps, by the provider's rules, without asking it: what a copy
     * reports as not carried is the difference. Everything, unless an adapter says otherwise (S3 keeps metadata names
     * in lower case).
     */
    default ObjectAttributes kept(ObjectAttributes wanted) {
        return wanted;
    }

    /**
     * One page of the objects whose key starts with {@code prefix}, in key order.
     *
     * @param pageToken the previous page's {@link ListPage#nextPageToken()}, or {@code null} for the first page
     * @param pageSize  at most this many objects; a provider may return fewer
     */
    ListPage list(String bucket, String prefix, String pageToken, int pageSize);

    /**
     * Every object whose key starts with {@code prefix}, fetched page by page as the stream is consumed: the listing
     * is never held in memory whole.
     */
    default Stream<ObjectInfo> listAll(String bucket, String prefix) {
        return StreamSupport.stream(new PagedSpliterator(this, bucket, prefix, 1000), false);
    }

    /** Size, class, ETag, version, checksums, archive state and attributes of one object. */
    ObjectInfo head(ObjectKey key);

    /**
     * Whether {@link #head} reports only checksums the provider computed over the bytes it stores. Not so where a
     * stored checksum can be what a writer declared (an Azure block list's Content-MD5, which the service does not
     * check) or what this adapter computed on the way in (the filesystem's meta file): then a head proves nothing
     * about the stored bytes, and a verified copy reads them back instead. False unless an adapter says otherwise, so
     * that a decorator that forgets to pass it on costs a read, never a proof.
     */
    default boolean headChecksumsComputedByProvider() {
        return false;
    }

    /**
     * The object's bytes, streamed, when the object still matches {@code precondition} (else
     * {@link PreconditionFailedException}): a copy reads the version it listed or headed, never a newer one. The
     * stream fails with {@link TransientException} when the connection ends before the range's last byte: it never
     * ends early without saying so. The caller closes it.
     */
    InputStream get(ObjectKey key, ByteRange range, Precondition precondition);

    default InputStream get(ObjectKey key, ByteRange range) {
        return get(key, range, Precondition.none());
    }

    default InputStream get(ObjectKey key) {
        return get(key, ByteRange.ALL, Precondition.none());
    }

    /**
     * Writes an object from a stream, in one request up to the multipart threshold and as a multipart upload above
     * it, computing MD5 and CRC32C while the bytes pass and sending them for the provider to check where its API
     * allows. With a known {@code length}, a source that ends early or runs long fails the put and leaves no object
     * behind. The stream is read to its end but not closed. The put commits only under
     * {@link PutOptions#condition()}, else fails with {@link PreconditionFailedException} leaving what was there.
     *
     * @param length the content length, or {@link #UNKNOWN_LENGTH}
     */
    PutResult put(ObjectKey key, InputStream content, long length, PutOptions options);

    /**
     * Copies an object inside this account without the bytes leaving the provider (a multipart copy for large S3
     * objects), with its content type, encoding and user metadata. Fails unless the copy completed.
     *
     * @param storageClass the target's class, or {@code null} for the bucket's default
     */
    ObjectInfo copy(ObjectKey source, ObjectKey target, String storageClass);

    /**
     * Moves an object to another class by the provider's own mechanism, keeping its key, bytes, attributes and its
     * full-object checksums.
     */
    void changeStorageClass(ObjectKey key, String storageClass);

    /** Starts rehydrating an archived object; {@link #head} reports its progress as {@link ArchiveState}. */
    void restore(ObjectKey key, RestoreRequest request);

    /**
     * Deletes an object when it still matches {@code precondition}, never its snapshots or other versions.
     * Unguarded, deleting a missing object is not an error. Guarded, a missing object is
     * {@link NotFoundException} ("already deleted", as when an earlier attempt succeeded and its answer was lost)
     * on every adapter; {@link PreconditionFailedException} means only that an object is there and is not the one
     * the precondition names.
     */
    void delete(ObjectKey key, Precondition precondition);

    @Override
    void close();

    /** Fetches the next page only when the previous one has been consumed. */
    final class PagedSpliterator extends Spliterators.AbstractSpliterator<ObjectInfo> {

        private final StorageAdapter adapter;
        private final String bucket;
        private final String prefix;
        private final int pageSize;
        private Spliterator<ObjectInfo> page;
        private String nextToken;
        private boolean lastPage;

        PagedSpliterator(StorageAdapter adapter, String bucket, String prefix, int pageSize) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.adapter = adapter;
            this.bucket = bucket;
            this.prefix = prefix;
            this.pageSize = pageSize;
        }

        @Override
        public boolean tryAdvance(Consumer<? super ObjectInfo> action) {
            while (page == null || !page.tryAdvance(action)) {
                if (lastPage) {
                    return false;
                }
                ListPage next = adapter.list(bucket, prefix, nextToken, pageSize);
                page = next.objects().spliterator();
                nextToken = next.nextPageToken();
                lastPage = nextToken == null;
            }
            return true;
        }
    }
}
