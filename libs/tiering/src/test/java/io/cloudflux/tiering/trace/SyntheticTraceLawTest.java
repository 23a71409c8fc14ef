package io.cloudflux.tiering.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SyntheticTraceLawTest {
    private static final long DAY = TraceEvent.MILLIS_PER_DAY;

    /** One object as the trace shows it. */
    private static final class Seen {
        int put;
        int end = Integer.MAX_VALUE;
        final Map<Integer, Integer> reads = new HashMap<>();
    }

    @Test
    void shouldExpectAsManyReadsOfEachArchetypeAsItsTracesHave() {
        int days = 200;
        SyntheticTraceGenerator generator = new SyntheticTraceGenerator(Mix.BALANCED, 3_000, days, 5).keepingLaw();
        long start = java.time.LocalDate.of(2026, 1, 1).toEpochDay() * DAY;
        Map<String, Seen> seen = new HashMap<>();
        generator.generate(e -> {
            int day = (int) ((e.epochMillis() - start) / DAY);
            switch (e.operation()) {
                case PUT -> seen.computeIfAbsent(e.objectId(), k -> new Seen()).put = day;
                case GET -> seen.get(e.objectId()).reads.merge(day, 1, Integer::sum);
                case DELETE -> seen.get(e.objectId()).end = day;
                default -> { }
            }
        });
        SyntheticTraceGenerator.Law law = generator.law();
        Map<Archetype, double[]> totals = new EnumMap<>(Archetype.class);
        seen.forEach((key, o) -> {
            double[] t = totals.computeIfAbsent(law.archetype(key), a -> new double[2]);
            int lastRead = -1;
            for (int d = o.put; d < Math.min(o.end, days); d++) {
                // what the law expects of day d, seen at its start
                t[0] += law.expectedReads(key, d, d, lastRead);
                int reads = o.reads.getOrDefault(d, 0);
                t[1] += reads;
                lastRead = reads > 0 ? d : lastRead;
            }
        });

        assertThat(totals).hasSize(Archetype.values().length);
        // reads are Poisson draws: within 4 standard deviations, and 6% for what the law rounds off
        totals.forEach((archetype, t) -> assertThat(t[1]).as("%s: expected %.0f, read %.0f", archetype, t[0], t[1])
                .isCloseTo(t[0], within(0.06 * t[0] + 4 * Math.sqrt(t[0]))));
        assertThat(totals.get(Archetype.MEDIA)[1]).isGreaterThan(10_000);
    }

    @Test
    void shouldKnowTheRotationOfBackupsAndThatMediaOutliveTheirFirstDays() {
        SyntheticTraceGenerator generator = new SyntheticTraceGenerator(Mix.BALANCED, 500, 120, 9).keepingLaw();
        Map<String, int[]> lives = new HashMap<>();
        long start = java.time.LocalDate.of(2026, 1, 1).toEpochDay() * DAY;
        generator.generate(e -> {
            int day = (int) ((e.epochMillis() - start) / DAY);
            if (e.operation() == Operation.PUT) {
                lives.put(e.objectId(), new int[] {day, Integer.MAX_VALUE});
            } else if (e.operation() == Operation.DELETE) {
                lives.get(e.objectId())[1] = day;
            }
        });
        SyntheticTraceGenerator.Law law = generator.law();

        lives.forEach((key, life) -> {
            if (law.archetype(key) == Archetype.BACKUP) {
                assertThat(law.alive(key, life[0], Math.min(life[1], 119) - 1)).as(key).isEqualTo(1.0);
                if (life[1] < 120) {
                    assertThat(law.alive(key, life[0], life[1])).as(key).isZero();
                }
            }
            if (law.archetype(key) == Archetype.MEDIA) {
                assertThat(law.alive(key, life[0], life[0] + 90)).as(key).isCloseTo(0.96, within(1e-9));
            }
        });
    }

    @Test
    void shouldKeepNoLawUnlessAsked() {
        SyntheticTraceGenerator generator = new SyntheticTraceGenerator(Mix.BALANCED, 50, 10, 1);
        generator.generate(e -> { });

        org.assertj.core.api.Assertions.assertThatThrownBy(generator::law).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("keepingLaw");
    }
}
