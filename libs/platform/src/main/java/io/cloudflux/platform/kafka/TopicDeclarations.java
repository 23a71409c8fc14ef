package io.cloudflux.platform.kafka;

import io.cloudflux.events.TopicSpec;
import io.cloudflux.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Every CloudFlux topic and its dead-letter twin as NewTopics; KafkaAdmin creates the missing ones at start-up. */
final class TopicDeclarations {

    private TopicDeclarations() {
    }

    static KafkaAdmin.NewTopics of(KafkaPlatformProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.allWithDeadLetters().stream()
                .map(spec -> declare(spec, properties))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic declare(TopicSpec spec, KafkaPlatformProperties properties) {
        return TopicBuilder.name(spec.name())
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .configs(spec.retention().topicConfigs())
                .build();
    }
}
