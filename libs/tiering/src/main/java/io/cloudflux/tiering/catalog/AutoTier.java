package io.cloudflux.tiering.catalog;

/** One tier of an automatic-tiering class, entered after {@code afterIdleDays} without access. */
public record AutoTier(String name, Figure afterIdleDays, Figure storagePerGbMonth, boolean optIn) {
    public int idleDays() {
        return afterIdleDays.intValue();
    }
}
