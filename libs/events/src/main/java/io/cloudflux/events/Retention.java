package io.cloudflux.events;

import java.time.Duration;
import java.util.Map;

/** How a topic keeps its records: for a time, or compacted to the latest value per key. */
public sealed interface Retention permits Retention.Time, Retention.Compacted {

    /** Compaction: the topic keeps the latest value of every key, for ever. */
    Retention COMPACTED = new Compacted();

    /** Deletion of records older than {@code period}. */
    static Retention time(Duration period) {
        return new Time(period);
    }

    /** The Kafka topic-level configs that set this retention, for a NewTopic or an AdminClient. */
    Map<String, String> topicConfigs();

    /** Records are deleted once older than {@code period}. */
    record Time(Duration period) implements Retention {

        public Time {
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("retention period must be positive but was " + period);
            }
        }

        /** The period in milliseconds, as Kafka's {@code retention.ms} wants it. */
        public long retentionMs() {
            return period.toMillis();
        }

        @Override
        public Map<String, String> topicConfigs() {
            return Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(retentionMs()));
        }
    }

    /** Records are compacted to the latest per key. */
    record Compacted() implements Retention {

        @Override
        public Map<String, String> topicConfigs() {
            return Map.of("cleanup.policy", "compact");
        }
    }
}
