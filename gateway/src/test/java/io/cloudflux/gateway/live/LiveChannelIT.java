package io.cloudflux.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.cloudflux.gateway.Api;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.apikey.ApiKeyService;
import io.cloudflux.gateway.apikey.CreatedApiKey;
import io.cloudflux.gateway.live.LiveClient.Frame;
import io.cloudflux.gateway.security.Role;
import io.cloudflux.testsupport.Infrastructure;
import io.cloudflux.testsupport.RealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live channel end to end: records on the real Kafka topics, real STOMP clients with real API keys. The context
 * closes with the class, while its database still exists: the key service records the keys' last use when it stops.
 */
@RealInfrastructure
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + GatewayApplication.NAME,
        "cloudflux.gateway.live.health.interval=1s"})
class LiveChannelIT {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    static final String MIGRATIONS = "/topic/migrations";

    static KafkaProducer<String, String> producer;

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JsonMapper json;

    @Autowired
    LiveProperties properties;

    @Autowired
    ApiKeyService keys;

    final List<LiveClient> clients = new ArrayList<>();

    @BeforeAll
    static void producer(Infrastructure infrastructure) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer = new KafkaProducer<>(properties);
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(LiveClient::close);
    }

    @Test
    void shouldDeliverARecordPutOnKafkaToASubscribedClientAsAnEnvelope() throws Exception {
        LiveClient client = subscribed(MIGRATIONS);
        String jobId = UUID.randomUUID().toString();

        produce("cloudflux.migration-events", "object-1", migration(jobId, "COPYING", 1));

        JsonNode envelope = itemsMessageContaining(client, MIGRATIONS, jobId);
        assertThat(envelope.get("stream").asString()).isEqualTo("migrations");
        assertThat(Instant.parse(envelope.get("at").asString())).isBefore(Instant.now().plusSeconds(1));
        JsonNode item = itemOf(envelope, jobId);
        assertThat(item.get("state").asString()).isEqualTo("COPYING");
        assertThat(item.get("objectId").asString()).isEqualTo("object-1");
    }

    @Test
    void shouldCoalesceABurstIntoFewMessagesKeepingTheLatestOfEachJobAndCountingTheRest() throws Exception {
        LiveClient client = subscribed(MIGRATIONS);
        String burst = UUID.randomUUID().toString();
        int records = 5_000;
        int jobs = 50;
        for (int i = 0; i < records; i++) {
            produce("cloudflux.migration-events", "object-" + (i % jobs),
                    migration(burst + "-" + (i % jobs), "COPYING", i));
        }
        producer.flush();

        Map<String, Long> latestSeq = new HashMap<>();
        List<Instant> sentAt = new ArrayList<>();
        long[] accounted = {0};
        await().atMost(PATIENCE).until(() -> {
            Frame frame = client.next(MIGRATIONS, Duration.ofMillis(200));
            if (frame != null) {
                JsonNode envelope = json.readTree(frame.body());
                sentAt.add(Instant.parse(envelope.get("at").asString()));
                JsonNode data = envelope.get("data");
                long ours = 0;
                for (JsonNode item : data.get("items")) {
                    if (item.get("jobId").asString().startsWith(burst)) {
                        latestSeq.put(item.get("jobId").asString(), item.get("seq").asLong());
                        ours++;
                    }
                }
                assertThat(data.get("items").size()).isLessThanOrEqualTo(100);
                accounted[0] += ours + (ours > 0 ? data.get("dropped").asLong() : 0);
            }
            return accounted[0] >= records;
        });

        assertThat(accounted[0]).isEqualTo(records);
        assertThat(latestSeq).hasSize(jobs);
        latestSeq.forEach((job, seq) -> assertThat(seq).as(job).isEqualTo(records - jobs + suffix(job)));
        assertThat(sentAt).hasSizeLessThan(records / 100);
        Duration interval = properties.flush().interval();
        for (int i = 1; i < sentAt.size(); i++) {
            assertThat(Duration.between(sentAt.get(i - 1), sentAt.get(i)))
                    .as("time between messages %d and %d", i - 1, i)
                    .isGreaterThanOrEqualTo(interval);
        }
    }

    @Test
    void shouldHandALateJoinerTheMessagesSentBeforeItConnected() throws Exception {
        LiveClient early = subscribed(MIGRATIONS);
        String jobId = UUID.randomUUID().toString();
        produce("cloudflux.migration-events", "object-2", migration(jobId, "VERIFYING", 7));
        JsonNode sent = itemsMessageContaining(early, MIGRATIONS, jobId);

        LiveClient late = connected();
        late.subscribe("/app/history/migrations");
        Frame reply = late.next("/app/history/migrations", PATIENCE);

        assertThat(reply).isNotNull();
        JsonNode history = json.readTree(reply.body());
        assertThat(history.isArray()).isTrue();
        assertThat(history).contains(sent);
        List<Instant> times = new ArrayList<>();
        history.forEach(envelope -> times.add(Instant.parse(envelope.get("at").asString())));
        assertThat(times).isSorted();
    }

    @Test
    void shouldAnswerTheHistoryOfAStreamWithoutASourceWithAnEmptyArray() throws Exception {
        LiveClient client = connected();
        client.subscribe("/app/history/drift");

        Frame reply = client.next("/app/history/drift", PATIENCE);

        assertThat(reply).isNotNull();
        assertThat(reply.body()).isEqualTo("[]");
    }

    @Test
    void shouldSkipAndCountAValueThatIsNotJsonWithoutBreakingTheStream() throws Exception {
        LiveClient client = subscribed(MIGRATIONS);
        double before = invalidMigrations();
        String jobId = UUID.randomUUID().toString();

        produce("cloudflux.migration-events", "object-3", "{not json");
        produce("cloudflux.migration-events", "object-3", migration(jobId, "DONE", 1));

        assertThat(itemOf(itemsMessageContaining(client, MIGRATIONS, jobId), jobId).get("state").asString())
                .isEqualTo("DONE");
        await().atMost(PATIENCE).until(() -> invalidMigrations() >= before + 1);
    }

    @Test
    void shouldPublishTheAccessRateEverySecondCountingTheAccessEvents() throws Exception {
        LiveClient client = subscribed("/topic/access-rate");
        String access = "{\"objectId\":\"o\",\"operation\":\"GET\",\"bytes\":100}";
        for (int i = 0; i < 30; i++) {
            produce("cloudflux.access-events", "o", access);
        }
        producer.flush();

        long[] counted = {0};
        await().atMost(PATIENCE).until(() -> {
            Frame frame = client.next("/topic/access-rate", Duration.ofMillis(500));
            if (frame != null) {
                JsonNode data = json.readTree(frame.body()).get("data");
                assertThat(data.has("windowStart")).isTrue();
                assertThat(data.has("windowEnd")).isTrue();
                assertThat(data.get("events").asLong()).isEqualTo(data.get("byOperation").get("GET").asLong()
                        + data.get("byOperation").get("PUT").asLong() + data.get("byOperation").get("HEAD").asLong()
                        + data.get("byOperation").get("DELETE").asLong() + data.get("byOperation").get("COPY").asLong()
                        + data.get("byOperation").get("LIST").asLong());
                assertThat(data.has("eventsPerSecond")).isTrue();
                counted[0] += data.get("events").asLong();
            }
            return counted[0] >= 30;
        });
    }

    @Test
    void shouldPublishThePlatformStatusOnTheHealthDestination() throws Exception {
        LiveClient client = subscribed("/topic/health");

        Frame frame = client.next("/topic/health", PATIENCE);

        assertThat(frame).isNotNull();
        JsonNode data = json.readTree(frame.body()).get("data");
        assertThat(data.get("status").asString()).isIn("UP", "DEGRADED", "DOWN");
        assertThat(data.get("services").toString()).contains("\"name\":\"gateway\"");
    }

    @Test
    void shouldRefuseAConnectWithoutCredentials() throws Exception {
        LiveClient client = connect(new StompHeaders());

        assertThat(client.isConnected()).isFalse();
        assertThat(client.next(PATIENCE)).extracting(Frame::body).asString().contains("authentication required");
        assertThat(client.closedWithin(PATIENCE)).isTrue();
    }

    @Test
    void shouldRefuseAConnectWithAWrongKey() throws Exception {
        LiveClient client = connect(LiveClient.apiKey("not-a-key"));

        assertThat(client.isConnected()).isFalse();
        assertThat(client.next(PATIENCE)).extracting(Frame::body).asString().contains("authentication failed");
        assertThat(client.closedWithin(PATIENCE)).isTrue();
    }

    @Test
    void shouldRefuseAConnectWithARevokedKey() throws Exception {
        String admin = keys.create("live-admin", Role.ADMIN, "test").key();
        CreatedApiKey revoked = keys.create("live-revoked", Role.VIEWER, "test");
        assertThat(Api.onPort(port).withKey(admin).delete("/api/v1/keys/" + revoked.id()).statusCode()).isEqualTo(204);

        LiveClient client = connect(LiveClient.apiKey(revoked.key()));

        assertThat(client.isConnected()).isFalse();
        assertThat(client.next(PATIENCE)).extracting(Frame::body).asString().contains("unknown or revoked API key");
        assertThat(client.closedWithin(PATIENCE)).isTrue();
    }

    @Test
    void shouldRefuseASendToATopicAndCloseTheSession() throws Exception {
        LiveClient reader = subscribed(MIGRATIONS);
        LiveClient writer = connected();

        writer.send(MIGRATIONS, "{\"stream\":\"migrations\",\"data\":\"forged\"}");

        assertThat(writer.next(PATIENCE)).extracting(Frame::body).asString().contains("read-only");
        assertThat(writer.closedWithin(PATIENCE)).isTrue();
        assertThat(reader.drain()).noneMatch(frame -> frame.body().contains("forged"));
    }

    @Test
    void shouldRefuseASubscriptionToAnUnknownStream() throws Exception {
        LiveClient client = connected();

        client.subscribe("/topic/no-such-stream");

        assertThat(client.next(PATIENCE)).extracting(Frame::body).asString().contains("no such destination");
        assertThat(client.closedWithin(PATIENCE)).isTrue();
    }

    private LiveClient connect(StompHeaders headers) {
        LiveClient client = LiveClient.connect(port, headers);
        clients.add(client);
        return client;
    }

    private LiveClient connected() {
        LiveClient client = connect(LiveClient.apiKey(keys.create("live-reader", Role.VIEWER, "test").key()));
        assertThat(client.isConnected()).as("connected with a VIEWER key").isTrue();
        return client;
    }

    /** A connected client whose subscription the broker has registered, so that nothing sent after it is missed. */
    private LiveClient subscribed(String destination) {
        LiveClient client = connected();
        String subscription = client.subscribe(destination);
        await().atMost(PATIENCE).until(() -> subscriptions(destination).contains(subscription));
        return client;
    }

    private List<String> subscriptions(String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(destination);
        return broker.getSubscriptionRegistry()
                .findSubscriptions(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()))
                .values().stream().flatMap(List::stream).toList();
    }

    private JsonNode itemsMessageContaining(LiveClient client, String destination, String jobId) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Frame frame = client.next(destination, Duration.ofMillis(500));
            if (frame != null && !frame.isError() && frame.body().contains(jobId)) {
                return json.readTree(frame.body());
            }
        }
        throw new AssertionError("no message on " + destination + " carried job " + jobId);
    }

    private static JsonNode itemOf(JsonNode envelope, String jobId) {
        for (JsonNode item : envelope.get("data").get("items")) {
            if (jobId.equals(item.get("jobId").asString())) {
                return item;
            }
        }
        throw new AssertionError("no item of job " + jobId + " in " + envelope);
    }

    private double invalidMigrations() {
        return meters.counter("cloudflux.gateway.live.records.invalid", "stream", "migrations").count();
    }

    private static long suffix(String job) {
        return Long.parseLong(job.substring(job.lastIndexOf('-') + 1));
    }

    private static String migration(String jobId, String state, long seq) {
        return "{\"type\":\"MigrationProgressed\",\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\""
                + Instant.now() + "\",\"schemaVersion\":1,\"jobId\":\"" + jobId + "\",\"commandId\":\""
                + UUID.randomUUID() + "\",\"objectId\":\"object-1\",\"state\":\"" + state
                + "\",\"bytesCopied\":0,\"totalBytes\":100,\"throughputBytesPerSecond\":0.0,\"seq\":" + seq + "}";
    }

    private static void produce(String topic, String key, String value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }
}
