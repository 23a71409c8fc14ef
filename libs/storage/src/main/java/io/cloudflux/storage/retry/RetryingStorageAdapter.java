package io.cloudflux.storage.retry;

import java.io.InputStream;
import java.util.Objects;

import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;
import io.cloudflux.storage.ByteRange;
import io.cloudflux.storage.ListPage;
import io.cloudflux.storage.ObjectAttributes;
import io.cloudflux.storage.ObjectInfo;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.RestoreRequest;
import io.cloudflux.storage.StorageAdapter;

/**
 * Retries every operation of an adapter that can safely run twice, through one {@link Retrier}. A put is not
 * retried here: its stream has been consumed by the failed attempt, so only a caller that can open the source again
 * can retry it (as a copy does, by running whole again). A get retries opening the stream, not a read that fails
 * half-way.
 */
public final class RetryingStorageAdapter implements StorageAdapter {

    private final StorageAdapter delegate;
    private final Retrier retrier;

    public RetryingStorageAdapter(StorageAdapter delegate, Retrier retrier) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.retrier = Objects.requireNonNull(retrier, "retrier");
    }

    @Override
    public Provider provider() {
        return delegate.provider();
    }

    @Override
    public Location locationOf(ObjectKey key) {
        return delegate.locationOf(key);
    }

    @Override
    public void createBucket(String bucket) {
        retrier.run("create bucket " + bucket, () -> delegate.createBucket(bucket));
    }

    @Override
    public ListPage list(String bucket, String prefix, String pageToken, int pageSize) {
        return retrier.call("list " + bucket + "/" + prefix, () -> delegate.list(bucket, prefix, pageToken, pageSize));
    }

    @Override
    public ObjectInfo head(ObjectKey key) {
        return retrier.call("head " + key, () -> delegate.head(key));
    }

    @Override
    public ObjectAttributes kept(ObjectAttributes wanted) {
        return delegate.kept(wanted);
    }

    @Override
    public boolean headChecksumsComputedByProvider() {
        return delegate.headChecksumsComputedByProvider();
    }

    @Override
    public InputStream get(ObjectKey key, ByteRange range, Precondition precondition) {
        return retrier.call("get " + key, () -> delegate.get(key, range, precondition));
    }

    @Override
    public PutResult put(ObjectKey key, InputStream content, long length, PutOptions options) {
        return delegate.put(key, content, length, options);
    }

    @Override
    public ObjectInfo copy(ObjectKey source, ObjectKey target, String storageClass) {
        return retrier.call("copy " + source + " to " + target, () -> delegate.copy(source, target, storageClass));
    }

    @Override
    public void changeStorageClass(ObjectKey key, String storageClass) {
        retrier.run("change class of " + key, () -> delegate.changeStorageClass(key, storageClass));
    }

    @Override
    public void restore(ObjectKey key, RestoreRequest request) {
        retrier.run("restore " + key, () -> delegate.restore(key, request));
    }

    @Override
    public void delete(ObjectKey key, Precondition precondition) {
        retrier.run("delete " + key, () -> delegate.delete(key, precondition));
    }

    @Override
    public void close() {
        delegate.close();
    }
}
