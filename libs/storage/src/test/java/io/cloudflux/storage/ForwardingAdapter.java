package io.cloudflux.storage;

import java.io.InputStream;

import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;

/** An adapter that passes every call on; a test overrides the calls it means to change. */
public class ForwardingAdapter implements StorageAdapter {

    private final StorageAdapter delegate;

    public ForwardingAdapter(StorageAdapter delegate) {
        this.delegate = delegate;
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
        delegate.createBucket(bucket);
    }

    @Override
    public ListPage list(String bucket, String prefix, String pageToken, int pageSize) {
        return delegate.list(bucket, prefix, pageToken, pageSize);
    }

    @Override
    public ObjectInfo head(ObjectKey key) {
        return delegate.head(key);
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
        return delegate.get(key, range, precondition);
    }

    @Override
    public PutResult put(ObjectKey key, InputStream content, long length, PutOptions options) {
        return delegate.put(key, content, length, options);
    }

    @Override
    public ObjectInfo copy(ObjectKey source, ObjectKey target, String storageClass) {
        return delegate.copy(source, target, storageClass);
    }

    @Override
    public void changeStorageClass(ObjectKey key, String storageClass) {
        delegate.changeStorageClass(key, storageClass);
    }

    @Override
    public void restore(ObjectKey key, RestoreRequest request) {
        delegate.restore(key, request);
    }

    @Override
    public void delete(ObjectKey key, Precondition precondition) {
        delegate.delete(key, precondition);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
