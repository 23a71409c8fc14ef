package io.cloudflux.events;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicsTest {

    @Test
    void shouldListTheSevenTopicsOfTheDesignInItsOrder() {
        assertThat(Topics.all()).extracting(TopicSpec::name).containsExactly(
                "cloudflux.access-events", "cloudflux.inventory", "cloudflux.predictions", "cloudflux.classifications",
                "cloudflux.migration-commands", "cloudflux.migration-events", "cloudflux.catalog");
    }

    @Test
    void shouldKeepStreamsOfHappeningsForAWeekAndCompactStateTopics() {
        Map<String, Retention> retention = new HashMap<>();
        Topics.all().forEach(spec -> retention.put(spec.name(), spec.retention()));

        assertThat(retention).containsEntry(Topics.ACCESS_EVENTS, Retention.time(Duration.ofDays(7)))
                .containsEntry(Topics.MIGRATION_COMMANDS, Retention.time(Duration.ofDays(7)))
                .containsEntry(Topics.MIGRATION_EVENTS, Retention.time(Duration.ofDays(7)))
                .containsEntry(Topics.INVENTORY, Retention.COMPACTED)
                .containsEntry(Topics.PREDICTIONS, Retention.COMPACTED)
                .containsEntry(Topics.CLASSIFICATIONS, Retention.COMPACTED)
                .containsEntry(Topics.CATALOG, Retention.COMPACTED);
    }

    @Test
    void shouldGiveTheKafkaConfigsOfEachRetention() {
        assertThat(Topics.spec(Topics.ACCESS_EVENTS).retention().topicConfigs())
                .containsExactlyInAnyOrderEntriesOf(Map.of("cleanup.policy", "delete", "retention.ms", "604800000"));
        assertThat(((Retention.Time) Topics.spec(Topics.ACCESS_EVENTS).retention()).retentionMs()).isEqualTo(604_800_000L);
        assertThat(Topics.spec(Topics.CATALOG).retention().topicConfigs())
                .containsExactlyInAnyOrderEntriesOf(Map.of("cleanup.policy", "compact"));
    }

    @Test
    void shouldNameTheDeadLetterTwinWithTheSpringKafkaSuffix() {
        assertThat(Topics.deadLetter(Topics.INVENTORY)).isEqualTo("cloudflux.inventory.DLT");
        assertThatThrownBy(() -> Topics.deadLetter("cloudflux.inventory.DLT"))
                .hasMessage("'cloudflux.inventory.DLT' is already a dead-letter topic");
        assertThatThrownBy(() -> Topics.deadLetter(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNeverCompactADeadLetterTopic() {
        TopicSpec twin = Topics.spec(Topics.CATALOG).deadLetter();

        assertThat(twin.name()).isEqualTo("cloudflux.catalog.DLT");
        assertThat(twin.retention()).isEqualTo(Retention.time(Topics.DEAD_LETTER_RETENTION));
        assertThat(twin.valueType()).isEqualTo(ObjectLocated.class);
    }

    @Test
    void shouldDeclareEveryTopicAndItsTwin() {
        assertThat(Topics.allWithDeadLetters()).hasSize(14)
                .extracting(TopicSpec::name).doesNotHaveDuplicates()
                .contains("cloudflux.access-events", "cloudflux.access-events.DLT");
    }

    @Test
    void shouldMapEachTopicAndItsTwinToTheTypeOfItsValues() {
        assertThat(Topics.valueType(Topics.ACCESS_EVENTS)).isEqualTo(AccessEvent.class);
        assertThat(Topics.valueType(Topics.INVENTORY)).isEqualTo(InventoryEvent.class);
        assertThat(Topics.valueType(Topics.PREDICTIONS)).isEqualTo(AccessForecast.class);
        assertThat(Topics.valueType(Topics.CLASSIFICATIONS)).isEqualTo(ObjectClassified.class);
        assertThat(Topics.valueType(Topics.MIGRATION_COMMANDS)).isEqualTo(MigrationRequested.class);
        assertThat(Topics.valueType(Topics.MIGRATION_EVENTS)).isEqualTo(MigrationEvent.class);
        assertThat(Topics.valueType(Topics.CATALOG)).isEqualTo(ObjectLocated.class);
        assertThat(Topics.valueType("cloudflux.migration-events.DLT")).isEqualTo(MigrationEvent.class);
        assertThatThrownBy(() -> Topics.valueType("cloudflux.nope"))
                .hasMessage("'cloudflux.nope' is not a CloudFlux topic");
    }

    @Test
    void shouldCarryEveryEventTypeOnExactlyOneTopic() {
        assertThat(SampleEvents.eventTypes()).allSatisfy(type ->
                assertThat(Topics.all()).filteredOn(spec -> spec.valueType().isAssignableFrom(type)).hasSize(1));
    }
}
