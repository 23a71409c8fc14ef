package io.cloudflux.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudflux.events.AccessEvent;
import io.cloudflux.events.CloudFluxEvent;
import io.cloudflux.events.Location;
import io.cloudflux.events.Operation;
import io.cloudflux.events.Topics;
import io.cloudflux.platform.idempotency.ProcessedEvents;
import io.cloudflux.platform.probe.ProbeService;
import io.cloudflux.testsupport.Infrastructure;
import io.cloudflux.testsupport.RealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@RealInfrastructure
@SpringBootTest(classes = ProbeService.class, properties = {
        "spring.application.name=platform-probe",
        "cloudflux.service.schema=probe",
        "cloudflux.kafka.retry-attempts=2",
        "cloudflux.kafka.retry-initial-interval=50ms"})
class PlatformWiringIT {

    @Autowired
    ProbeService probe;

    @Autowired
    KafkaTemplate<String, CloudFluxEvent> kafka;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ProcessedEvents processedEvents;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldSendAPoisonRecordToTheDeadLetterTopicAndKeepThePartitionFlowing(Infrastructure infrastructure)
            throws Exception {
        String key = "object-" + UUID.randomUUID();
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            raw.send(new ProducerRecord<>(Topics.ACCESS_EVENTS, key, poison)).get();
        }
        AccessEvent good = access(key);
        kafka.send(Topics.ACCESS_EVENTS, good.key(), good).get();

        await().atMost(Duration.ofSeconds(60)).until(() -> probe.received().contains(good));
        List<ConsumerRecord<String, byte[]>> dead = deadLetters(infrastructure, key, 1);
        assertThat(dead.get(0).value()).isEqualTo(poison);
        assertThat(dead.get(0).partition()).isEqualTo(partitionOf(infrastructure, key));
        assertThat(deadLetterCount()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void shouldRetryAFailingRecordBoundedlyThenDeadLetterItAndGoOn(Infrastructure infrastructure) {
        AccessEvent failing = access(ProbeService.FAILING_OBJECT);
        AccessEvent next = access(ProbeService.FAILING_OBJECT + "-neighbour");
        kafka.send(Topics.ACCESS_EVENTS, failing.key(), failing);
        kafka.send(Topics.ACCESS_EVENTS, next.key(), next);

        await().atMost(Duration.ofSeconds(60)).until(() -> probe.received().contains(next));
        List<ConsumerRecord<String, byte[]>> dead = deadLetters(infrastructure, failing.key(), 1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).contains(failing.eventId().toString());
        assertThat(probe.attempts().stream().filter(failing.objectId()::equals)).hasSize(3);
    }

    @Test
    void shouldDeclareEveryTopicWithItsDeadLetterTwin(Infrastructure infrastructure) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains(Topics.INVENTORY, Topics.deadLetter(Topics.INVENTORY),
                    Topics.CATALOG, Topics.deadLetter(Topics.CATALOG));
            assertThat(admin.describeTopics(List.of(Topics.CATALOG)).allTopicNames().get().get(Topics.CATALOG)
                    .partitions()).hasSize(12);
        }
    }

    @Test
    void shouldRecordAnEventAsProcessedOnlyOnItsFirstDelivery() {
        UUID eventId = UUID.randomUUID();

        Boolean first = transactions.execute(tx -> processedEvents.firstDelivery(eventId, Topics.ACCESS_EVENTS));
        Boolean again = transactions.execute(tx -> processedEvents.firstDelivery(eventId, Topics.ACCESS_EVENTS));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
    }

    private double deadLetterCount() {
        var counter = meters.find("cloudflux.kafka.dead.letters").tag("topic", Topics.ACCESS_EVENTS).counter();
        return counter == null ? 0 : counter.count();
    }

    private static AccessEvent access(String objectId) {
        Instant now = Instant.now();
        return new AccessEvent(UUID.randomUUID(), now, CloudFluxEvent.SCHEMA_VERSION, objectId,
                Location.parse("s3://media/" + objectId), Operation.GET, 1024, now, "test");
    }

    private static int partitionOf(Infrastructure infrastructure, String key) throws Exception {
        try (KafkaConsumer<String, byte[]> consumer = consumer(infrastructure)) {
            consumer.subscribe(List.of(Topics.ACCESS_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record.partition();
                    }
                }
            }
        }
        throw new AssertionError("record " + key + " not found on " + Topics.ACCESS_EVENTS);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(Infrastructure infrastructure, String key,
            int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(infrastructure)) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.ACCESS_EVENTS)));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        assertThat(found).as("dead letters for key %s", key).hasSize(expected);
        return found;
    }

    private static KafkaConsumer<String, byte[]> consumer(Infrastructure infrastructure) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "inspector-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }
}
