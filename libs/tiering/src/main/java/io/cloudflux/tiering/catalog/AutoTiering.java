package io.cloudflux.tiering.catalog;

import java.util.List;

/**
 * The rules of a provider's automatic tiering (S3 Intelligent-Tiering, GCS Autoclass): tiers by
 * days without access, a monitoring fee per object, and a size below which objects never move and
 * pay no fee.
 */
public record AutoTiering(List<AutoTier> tiers, Figure minTieringBytes, Figure monitoringPer1kObjects,
                          Figure monitoringPeriodDays) {
    public AutoTiering {
        tiers = List.copyOf(tiers);
    }

    /** The tiers in force, with or without the opt-in ones. */
    public List<AutoTier> tiers(boolean withOptIn) {
        return tiers.stream().filter(t -> withOptIn || !t.optIn()).toList();
    }
}
