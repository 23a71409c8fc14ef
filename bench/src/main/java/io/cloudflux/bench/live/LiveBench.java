package io.cloudflux.bench.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.apikey.ApiKeyService;
import io.cloudflux.gateway.security.Role;
import io.cloudflux.testsupport.Infrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * End-to-end harness of the gateway's live channel: starts an in-process Kafka broker (with PostgreSQL and Redis on
 * localhost, see libs/test-support) and the gateway in this JVM, opens SUBSCRIBERS STOMP clients on
 * {@code /topic/migrations} with a VIEWER key created through the gateway's own key service, produces migration events
 * to {@code cloudflux.migration-events} at RATE records/s for SECONDS (after a 5 s warm-up that is not measured), each
 * carrying its send time, and reports the latency from the send of a record to its arrival at each client
 * (p50/p95/p99/max over every item every client received) and the messages each client received per second.
 * Everything listens on loopback and stops by itself.
 *
 * <p>Usage: {@code ./cloudflux bench live [SUBSCRIBERS] [SECONDS] [RATE] [FLUSH_INTERVAL]}, defaults 200 30 200 and
 * the gateway's configured interval.
 */
public final class LiveBench {

    static final String TOPIC = "cloudflux.migration-events";
    static final String DESTINATION = "/topic/migrations";
    static final Duration WARM_UP = Duration.ofSeconds(5);
    static final int MAX_FRAME_BYTES = 4 * 1024 * 1024;

    private LiveBench() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        }
        catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // The in-process broker's threads would keep the JVM alive.
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String flush = args.length > 3 ? args[3] : null;
        System.out.printf(Locale.ROOT, "live: %d subscribers, %d s at %d records/s, flush interval %s; load %s%n",
                subscribers, seconds, rate, flush == null ? "as configured" : flush, loadAverage());

        Infrastructure infrastructure = Infrastructure.forTestClass(LiveBench.class);
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties());
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        if (flush != null) {
            properties.put("cloudflux.gateway.live.flush.interval", DurationStyle.detectAndParse(flush).toMillis() + "ms");
        }
        // As arguments: they override the platform defaults, which builder properties would not.
        ConfigurableApplicationContext gateway = GatewayApplication.builder()
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
        int port = Integer.parseInt(gateway.getEnvironment().getRequiredProperty("local.server.port"));
        String configuredFlush = gateway.getEnvironment().getProperty("cloudflux.gateway.live.flush.interval");
        String key = gateway.getBean(ApiKeyService.class).create("live-bench", Role.VIEWER, "bench").key();

        List<Subscriber> clients = connect(subscribers, "ws://127.0.0.1:" + port + "/ws", key);
        try (KafkaProducer<String, String> producer = producer(infrastructure.kafkaBootstrapServers())) {
            produce(producer, rate, WARM_UP);
            clients.forEach(c -> c.measure(true));
            long start = System.nanoTime();
            long sent = produce(producer, rate, Duration.ofSeconds(seconds));
            // Long enough for the last records to leave the coalescer and reach every client.
            Thread.sleep(2_000);
            clients.forEach(c -> c.measure(false));
            double measuredSeconds = (System.nanoTime() - start) / 1e9;
            report(clients, sent, measuredSeconds, configuredFlush,
                    gateway.getBean(MeterRegistry.class).counter("cloudflux.gateway.live.coalesced", "stream",
                            "migrations").count());
        }
        finally {
            clients.forEach(Subscriber::disconnect);
            gateway.close();
        }
    }

    private static List<Subscriber> connect(int subscribers, String url, String key) throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(MAX_FRAME_BYTES);
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setInboundMessageSizeLimit(MAX_FRAME_BYTES);
        List<Subscriber> clients = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            Subscriber subscriber = new Subscriber();
            subscriber.connect(client, url, key, DESTINATION);
            clients.add(subscriber);
        }
        return clients;
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        properties.put(ProducerConfig.ACKS_CONFIG, "1");
        return new KafkaProducer<>(properties);
    }

    /** Sends {@code rate} records a second, evenly spaced, for {@code duration}; answers how many. */
    private static long produce(KafkaProducer<String, String> producer, int rate, Duration duration) {
        long start = System.nanoTime();
        long total = duration.getSeconds() * rate;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String objectId = "bench-object-" + (i % 10_000);
            producer.send(new ProducerRecord<>(TOPIC, objectId, migration(objectId)));
        }
        producer.flush();
        return total;
    }

    /** A MigrationProgressed of a job of its own (nothing is coalesced away), stamped with its send time. */
    private static String migration(String objectId) {
        return "{\"type\":\"MigrationProgressed\",\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\""
                + Instant.now() + "\",\"schemaVersion\":1,\"jobId\":\"" + UUID.randomUUID()
                + "\",\"commandId\":\"" + UUID.randomUUID() + "\",\"objectId\":\"" + objectId
                + "\",\"state\":\"COPYING\",\"bytesCopied\":1048576,\"totalBytes\":8388608,"
                + "\"throughputBytesPerSecond\":52428800.0," + Subscriber.SENT_FIELD + System.nanoTime() + "}";
    }

    private static void report(List<Subscriber> clients, long sent, double seconds, String flush, double coalesced) {
        long[] all = clients.stream().map(Subscriber::latenciesMicros).flatMapToLong(Arrays::stream).sorted().toArray();
        double[] perClientRate = clients.stream().mapToDouble(c -> c.messages() / seconds).sorted().toArray();
        System.out.printf(Locale.ROOT, "flush interval %s; sent %d records in the measured window; items received "
                        + "per client %.0f (%.1f%% of sent); dropped by the gateway over the %s cap or coalesced (whole run, warm-up included) %.0f%n",
                flush, sent, all.length / (double) clients.size(), 100.0 * all.length / clients.size() / sent,
                "items", coalesced);
        System.out.printf(Locale.ROOT, "latency record sent -> client received, ms: p50 %.1f  p95 %.1f  p99 %.1f  "
                        + "max %.1f  (%d samples)%n",
                pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1000.0,
                all.length);
        System.out.printf(Locale.ROOT, "messages per client per second: min %.2f  median %.2f  max %.2f%n",
                perClientRate[0], perClientRate[perClientRate.length / 2], perClientRate[perClientRate.length - 1]);
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        }
        catch (IOException e) {
            return "unknown";
        }
    }
}
