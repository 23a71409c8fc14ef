package io.cloudflux.sync.catalog;

import java.time.Instant;

import io.cloudflux.events.Checksums;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /internal/v1/objects/{id}/location}: switch the object to {@code target} if the catalog
 * still has it at {@code expected}, with what the mover verified at the target.
 *
 * @param account      the configured account of the target; absent to find it from {@code cloudflux.clouds}
 * @param lastModified when the target was written; absent for now
 * @param reason       absent for MIGRATED
 * @param actor        the migration jobId or whoever moved it
 */
record SwitchRequest(
        @NotBlank String expected,
        @NotBlank String target,
        String account,
        @NotNull @Min(0) Long sizeBytes,
        @NotBlank String storageClass,
        String etag,
        String version,
        Checksums checksums,
        Instant lastModified,
        String reason,
        String actor) {
}
