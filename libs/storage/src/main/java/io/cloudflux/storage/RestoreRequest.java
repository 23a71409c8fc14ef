package io.cloudflux.storage;

import java.time.Duration;
import java.util.Objects;

/**
 * A request to rehydrate an archived object.
 *
 * @param keepFor      how long S3 keeps the temporary restored copy (whole days); ignored by providers that move the
 *                     object itself out of the archive tier
 * @param priority     how fast, and how expensively
 * @param targetClass  the class an Azure blob is rehydrated into ({@code Hot} or {@code Cool}); ignored elsewhere
 */
public record RestoreRequest(Duration keepFor, Priority priority, String targetClass) {

    /** Rehydration speed; each provider maps it to its own tiers. */
    public enum Priority {
        /** S3 Bulk; Azure Standard. */
        BULK,
        /** S3 Standard; Azure Standard. */
        STANDARD,
        /** S3 Expedited; Azure High. */
        HIGH
    }

    public RestoreRequest {
        Objects.requireNonNull(keepFor, "keepFor");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(targetClass, "targetClass");
        if (keepFor.toDays() < 1) {
            throw new IllegalArgumentException("keepFor must be at least one day: " + keepFor);
        }
    }

    /** Standard priority, a week's copy, back to Hot on Azure. */
    public static RestoreRequest standard() {
        return new RestoreRequest(Duration.ofDays(7), Priority.STANDARD, "Hot");
    }
}
