package io.cloudflux.storage.filesystem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A filesystem store.
 *
 * @param name the root's name in locations ({@code file://name/bucket/key}), so that a location does not depend on
 *             where the folder is mounted
 * @param root the folder that holds one directory per bucket
 */
public record FilesystemConfig(String name, Path root) {

    public FilesystemConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
    }
}
