package io.cloudflux.tiering.catalog;

/** A volume tier: {@code price} applies up to {@code upToGb} (infinite for the last tier). */
public record PriceTier(double upToGb, Figure price) {
}
