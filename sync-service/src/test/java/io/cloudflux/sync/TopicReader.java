package io.cloudflux.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import io.cloudflux.events.CloudFluxEvent;
import io.cloudflux.events.EventJson;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its start, keeping the events of the given keys, in the order the broker holds them. */
public final class TopicReader {

    private TopicReader() {
    }

    /** The events of {@code keys} on {@code topic}, read until {@code done} holds for them or a minute passed. */
    public static List<CloudFluxEvent> read(String bootstrapServers, String topic, Collection<String> keys,
            Predicate<List<CloudFluxEvent>> done) {
        Set<String> wanted = Set.copyOf(keys);
        List<CloudFluxEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "sync-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!done.test(events) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.contains(record.key())) {
                        events.add(EventJson.fromJson(record.value(), CloudFluxEvent.class));
                    }
                }
            }
        }
        return events;
    }
}
