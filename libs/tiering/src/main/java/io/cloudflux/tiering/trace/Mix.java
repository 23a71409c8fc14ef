package io.cloudflux.tiering.trace;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named blend of archetypes: the share of objects of each. */
public record Mix(String name, Map<Archetype, Double> shares) {
    public Mix {
        shares = new EnumMap<>(shares);
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("shares of mix " + name + " must add up to 1, not " + total);
        }
    }

    /** One fifth of each archetype. */
    public static final Mix BALANCED = new Mix("balanced", even());

    /** The mixes the benchmark reports: balanced, and one where each archetype makes 60% of the objects. */
    public static List<Mix> standard() {
        List<Mix> mixes = new java.util.ArrayList<>();
        mixes.add(BALANCED);
        for (Archetype a : Archetype.values()) {
            mixes.add(heavy(a));
        }
        return mixes;
    }

    /** 60% of {@code a}, 10% of each other archetype. */
    public static Mix heavy(Archetype a) {
        Map<Archetype, Double> m = new LinkedHashMap<>();
        for (Archetype x : Archetype.values()) {
            m.put(x, x == a ? 0.6 : 0.1);
        }
        return new Mix(a.name().toLowerCase(java.util.Locale.ROOT) + "-heavy", m);
    }

    /** Only archetype {@code a}: for looking at one workload alone. */
    public static Mix only(Archetype a) {
        Map<Archetype, Double> m = new EnumMap<>(Archetype.class);
        m.put(a, 1.0);
        return new Mix(a.name().toLowerCase(java.util.Locale.ROOT) + "-only", m);
    }

    /** A standard mix, or {@code <archetype>-only}. */
    public static Mix named(String name) {
        for (Archetype a : Archetype.values()) {
            if (only(a).name().equals(name)) {
                return only(a);
            }
        }
        return standard().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mix " + name + " (known: "
                        + standard().stream().map(Mix::name).toList() + ")"));
    }

    private static Map<Archetype, Double> even() {
        Map<Archetype, Double> m = new EnumMap<>(Archetype.class);
        for (Archetype a : Archetype.values()) {
            m.put(a, 1.0 / Archetype.values().length);
        }
        return m;
    }
}
