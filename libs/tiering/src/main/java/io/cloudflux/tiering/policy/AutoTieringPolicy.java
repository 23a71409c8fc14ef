package io.cloudflux.tiering.policy;

/**
 * Writes every object to a provider's automatic-tiering class (S3 Intelligent-Tiering, a GCS
 * Autoclass bucket) and lets the provider move it; the tiering rules, the size threshold and the
 * monitoring fee are the class's own, applied by the meter.
 */
final class AutoTieringPolicy implements Policy {
    private final String name;
    private final int placement;

    AutoTieringPolicy(String name, int placement) {
        this.name = name;
        this.placement = placement;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int place(ObjectView o, int day) {
        return placement;
    }

    @Override
    public int nextReview(ObjectView o, int day) {
        return NEVER;
    }
}
