package io.cloudflux.bench.tiering;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import io.cloudflux.tiering.policy.Forecast;
import io.cloudflux.tiering.policy.Forecaster;
import io.cloudflux.tiering.policy.ObjectView;
import io.cloudflux.tiering.trace.Archetype;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * A forecaster that knows the synthetic generator's law ({@link SyntheticTraceGenerator#law()}): each object's true
 * expected reads given its own parameters and what is known at the start of the day. No real system has this; with
 * cloudflux's decision rule it measures how much of the gap to the oracle is the forecast's and how much is the
 * rule's or the future's, which nobody can know.
 */
final class LawForecaster implements Forecaster {
    private final SyntheticTraceGenerator.Law law;
    /** Objects of other archetypes are forecast by this one; null if the law forecasts all. */
    private final Forecaster others;
    private final Set<Archetype> known;

    LawForecaster(SyntheticTraceGenerator.Law law) {
        this(law, EnumSet.allOf(Archetype.class), null);
    }

    /** The law for objects of the {@code known} archetypes only, {@code others} for the rest. */
    LawForecaster(SyntheticTraceGenerator.Law law, Set<Archetype> known, Forecaster others) {
        this.law = law;
        this.known = EnumSet.copyOf(known);
        this.others = others;
    }

    /** The state of an object the law forecasts; the other forecaster still follows it (it learns from every object). */
    private record Known(String key, Object other) {
    }

    @Override
    public Object track(ObjectView o, int day) {
        if (!law.knows(o.key())) {
            throw new IllegalArgumentException("not an object of the generated trace: " + o.key());
        }
        Object other = others == null ? null : others.track(o, day);
        return known.contains(law.archetype(o.key())) ? new Known(o.key(), other) : other;
    }

    @Override
    public void observeRead(Object state, ObjectView o, int day, int count) {
        Object other = state instanceof Known k ? k.other() : state;
        if (other != null) {
            others.observeRead(other, o, day, count);
        }
    }

    @Override
    public void observeEnd(Object state, ObjectView o, int lastDay, boolean deleted) {
        Object other = state instanceof Known k ? k.other() : state;
        if (other != null) {
            others.observeEnd(other, o, lastDay, deleted);
        }
    }

    @Override
    public Forecast forecast(Object state, ObjectView o, int day) {
        if (!(state instanceof Known k)) {
            return others.forecast(state, o, day);
        }
        if (k.other() != null) {
            others.forecast(k.other(), o, day); // the other forecaster counts exposure when it forecasts
        }
        String key = k.key();
        int lastRead = o.lastReadDay();
        return new Forecast() {
            private double[] reads = new double[1];
            private double[] alive = new double[1];
            private int filled;

            private void fill(int days) {
                if (days <= filled) {
                    return;
                }
                int n = Math.max(days, Math.min(2 * filled + 32, 800));
                reads = Arrays.copyOf(reads, n + 1);
                alive = Arrays.copyOf(alive, n + 1);
                for (int i = filled; i < n; i++) {
                    double a = law.alive(key, day, day + i);
                    alive[i + 1] = alive[i] + a;
                    reads[i + 1] = reads[i] + a * law.expectedReads(key, day, day + i, lastRead);
                }
                filled = n;
            }

            @Override
            public double expectedReads(int days) {
                fill(days);
                return reads[days];
            }

            @Override
            public double expectedAliveDays(int days) {
                fill(days);
                return alive[days];
            }
        };
    }
}
