package io.cloudflux.storage.gcp;

import java.nio.file.Path;
import java.util.Objects;

import io.cloudflux.storage.TransferSettings;

/**
 * One Google Cloud Storage project.
 *
 * @param projectId          the project, or {@code null} to take it from the environment
 * @param host               an alternative API host (an emulator, a private endpoint), or {@code null} for Google's
 * @param serviceAccountJson a service-account key file, or {@code null} for application-default credentials
 * @param transfer           the single-request threshold and the resumable upload's chunk size
 */
public record GcsConfig(String projectId, String host, Path serviceAccountJson, TransferSettings transfer) {

    public GcsConfig {
        Objects.requireNonNull(transfer, "transfer");
    }

    /** Application-default credentials, Google's endpoint. */
    public static GcsConfig applicationDefault(String projectId) {
        return new GcsConfig(projectId, null, null, TransferSettings.DEFAULTS);
    }

    public GcsConfig withTransfer(TransferSettings newTransfer) {
        return new GcsConfig(projectId, host, serviceAccountJson, newTransfer);
    }
}
