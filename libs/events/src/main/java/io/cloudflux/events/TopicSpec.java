package io.cloudflux.events;

import java.util.Objects;

/**
 * What a Spring module needs to declare and read one topic: its name, its retention, and the
 * type of its values (a sealed interface where the topic carries several event types).
 */
public record TopicSpec(String name, Retention retention, Class<? extends CloudFluxEvent> valueType) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(valueType, "valueType");
    }

    /**
     * The dead-letter twin: same value type, never compacted (compaction would keep only the last
     * poison record of a key), kept for {@link Topics#DEAD_LETTER_RETENTION}. Spring-kafka's
     * DeadLetterPublishingRecoverer writes to the same partition number as the failed record's, so
     * give the twin at least as many partitions as this topic.
     */
    public TopicSpec deadLetter() {
        return new TopicSpec(Topics.deadLetter(name), Retention.time(Topics.DEAD_LETTER_RETENTION), valueType);
    }
}
