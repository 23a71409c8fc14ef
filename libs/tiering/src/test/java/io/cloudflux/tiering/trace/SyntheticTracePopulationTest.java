package io.cloudflux.tiering.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SyntheticTracePopulationTest {

    @Test
    void shouldNameEveryObjectTheTraceWritesWithItsSizeCreationAndDeletionDay() {
        int days = 120;
        LocalDate start = LocalDate.of(2026, 1, 1);
        Map<String, TraceObject> put = new HashMap<>();
        Map<String, Integer> deleted = new HashMap<>();
        long startMillis = start.toEpochDay() * TraceEvent.MILLIS_PER_DAY;
        new SyntheticTraceGenerator(Mix.BALANCED, 2_000, days, 11, start).generate(e -> {
            int day = (int) ((e.epochMillis() - startMillis) / TraceEvent.MILLIS_PER_DAY);
            switch (e.operation()) {
                case PUT -> put.put(e.objectId(), new TraceObject(e.objectId(), null, e.sizeBytes(), day, 0));
                case DELETE -> deleted.put(e.objectId(), day);
                default -> { }
            }
        });

        var population = new SyntheticTraceGenerator(Mix.BALANCED, 2_000, days, 11, start).population();

        assertThat(population).hasSize(2_000);
        assertThat(population).extracting(TraceObject::key).containsExactlyInAnyOrderElementsOf(put.keySet());
        for (TraceObject o : population) {
            assertThat(o.sizeBytes()).as(o.key()).isEqualTo(put.get(o.key()).sizeBytes());
            assertThat(o.createdDay()).as(o.key()).isEqualTo(put.get(o.key()).createdDay());
            assertThat(deleted.getOrDefault(o.key(), Integer.MAX_VALUE)).as(o.key())
                    .isEqualTo(o.deletedDay() < days ? o.deletedDay() : Integer.MAX_VALUE);
        }
        assertThat(population).extracting(TraceObject::archetype).containsOnly(Archetype.values());
    }
}
