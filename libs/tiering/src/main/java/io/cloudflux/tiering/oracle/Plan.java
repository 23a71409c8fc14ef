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

    /** Where the plan has the object on {@code day} (its first placement on any day before the plan starts). */
    public int placementOn(int day) {
        int k = 0;
        while (k + 1 < days.length && days[k + 1] <= day) {
            k++;
        }
        return placements[k];
    }

    /** The first day after {@code day} on which the plan moves the object, {@link Integer#MAX_VALUE} if none. */
    public int nextMoveAfter(int day) {
        for (int d : days) {
            if (d > day) {
                return d;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "Plan[" + costUsd + " USD, days " + Arrays.toString(days) + ", placements " + Arrays.toString(placements) + "]";
    }
}
