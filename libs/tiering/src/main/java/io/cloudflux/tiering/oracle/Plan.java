package io.cloudflux.tiering.oracle;

import java.util.Arrays;

/** Where the oracle keeps an object: from {@code days[i]} on it is at placement {@code placements[i]}. */
public record Plan(double costUsd, int[] days, int[] placements) {
    public Plan {
        days = days.clone();
        placements = placements.clone();
    }

    public int moves() {
        return days.length - 1;
    }

    @Override
    public String toString() {
        return "Plan[" + costUsd + " USD, days " + Arrays.toString(days) + ", placements " + Arrays.toString(placements) + "]";
    }
}
