package io.cloudflux.tiering.catalog;

import java.util.List;

/** What moving data out of a provider costs: to the internet or another cloud, and between its regions. */
public record Egress(List<PriceTier> internetPerGb, Figure interRegionPerGb) {
    public Egress {
        internetPerGb = List.copyOf(internetPerGb);
    }

    /**
     * The marginal rate of the first paid tier. Replay bills object by object, so it cannot know
     * which objects fall in a monthly free allowance; it charges every GB at this rate.
     */
    public double internetUsdPerGb() {
        return internetPerGb.stream().mapToDouble(t -> t.price().value()).filter(v -> v > 0).findFirst().orElse(0);
    }
}
