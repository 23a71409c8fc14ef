package io.cloudflux.events;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Kafka topics of CloudFlux: their names (as constants, for annotations), retention and value
 * types. Every record's key is the objectId of its value.
 */
public final class Topics {

    public static final String ACCESS_EVENTS = "cloudflux.access-events";
    public static final String INVENTORY = "cloudflux.inventory";
    public static final String PREDICTIONS = "cloudflux.predictions";
    public static final String CLASSIFICATIONS = "cloudflux.classifications";
    public static final String MIGRATION_COMMANDS = "cloudflux.migration-commands";
    public static final String MIGRATION_EVENTS = "cloudflux.migration-events";
    public static final String CATALOG = "cloudflux.catalog";

    /** Suffix of a dead-letter twin; the one spring-kafka's DeadLetterPublishingRecoverer uses by default. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** Two weeks, so that poison records outlive a week's absence of whoever has to look at them. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

    private static final Retention WEEK = Retention.time(Duration.ofDays(7));

    private static final List<TopicSpec> ALL = List.of(
            new TopicSpec(ACCESS_EVENTS, WEEK, AccessEvent.class),
            new TopicSpec(INVENTORY, Retention.COMPACTED, InventoryEvent.class),
            new TopicSpec(PREDICTIONS, Retention.COMPACTED, AccessForecast.class),
            new TopicSpec(CLASSIFICATIONS, Retention.COMPACTED, ObjectClassified.class),
            new TopicSpec(MIGRATION_COMMANDS, WEEK, MigrationRequested.class),
            new TopicSpec(MIGRATION_EVENTS, WEEK, MigrationEvent.class),
            new TopicSpec(CATALOG, Retention.COMPACTED, ObjectLocated.class));

    private Topics() {
    }

    /** The dead-letter twin of a topic: {@code topic + ".DLT"}. */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException("'" + topic + "' is already a dead-letter topic");
        }
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The seven topics, in the order of the design's table; their dead-letter twins are not listed. */
    public static List<TopicSpec> all() {
        return ALL;
    }

    /** The seven topics followed by their seven dead-letter twins: every topic a deployment declares. */
    public static List<TopicSpec> allWithDeadLetters() {
        return Stream.concat(ALL.stream(), ALL.stream().map(TopicSpec::deadLetter)).toList();
    }

    /**
     * The spec of a topic or of its dead-letter twin.
     *
     * @throws IllegalArgumentException if CloudFlux has no such topic
     */
    public static TopicSpec spec(String topic) {
        return allWithDeadLetters().stream()
                .filter(spec -> spec.name().equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + topic + "' is not a CloudFlux topic"));
    }

    /** The type of the values of a topic or of its dead-letter twin. */
    public static Class<? extends CloudFluxEvent> valueType(String topic) {
        return spec(topic).valueType();
    }
}
