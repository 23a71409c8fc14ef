package io.cloudflux.storage.filesystem;

import java.nio.file.Path;

import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageAdapterContract;
import io.cloudflux.storage.TransferSettings;
import org.junit.jupiter.api.io.TempDir;

class FilesystemStorageAdapterContractTest extends StorageAdapterContract {

    @TempDir
    static Path root;

    @Override
    protected StorageAdapter createAdapter(TransferSettings transfer) {
        return new FilesystemStorageAdapter(new FilesystemConfig("contract", root));
    }

    @Override
    protected boolean uploadsInParts() {
        return false;
    }

    @Override
    protected String defaultClass() {
        return "STANDARD";
    }

    @Override
    protected String colderClass() {
        return "COLD";
    }
}
