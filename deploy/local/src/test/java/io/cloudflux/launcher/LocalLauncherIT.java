package io.cloudflux.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudflux.testsupport.PostgresServer;
import io.cloudflux.testsupport.ServiceProbe;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalLauncherIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldBringEveryServiceUpAndKeepKafkaDataAcrossARestart() throws Exception {
        Map<String, Integer> ports = new HashMap<>();
        for (ServiceDefinition service : ServiceDefinition.all()) {
            ports.put(service.name(), freePort());
        }
        LaunchSettings settings = new LaunchSettings(dataDir,
                PostgresServer.createDatabase("LocalLauncherIT").jdbcUrl(), freePort(), freePort(), ports);
        String bootstrap = "127.0.0.1:" + settings.kafkaPort();
        String topic = "launcher-restart-probe";
        String value = UUID.randomUUID().toString();

        LocalLauncher first = new LocalLauncher(settings);
        try {
            first.start();
            HttpResponse<String> status = ServiceProbe.onPort(ports.get("gateway")).get("/api/v1/platform/status");
            assertThat(status.body()).startsWith("{\"status\":\"UP\"");
            for (ServiceDefinition service : ServiceDefinition.all()) {
                assertThat(status.body()).contains("{\"name\":\"" + service.name() + "\",\"status\":\"UP\"");
            }
            try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
                assertThat(admin.listTopics().names().get()).contains("cloudflux.catalog", "cloudflux.catalog.DLT");
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>(topic, "k", value)).get();
            }
        }
        finally {
            first.stop();
        }

        LocalLauncher second = new LocalLauncher(settings);
        try {
            second.start();
            assertThat(readAll(bootstrap, topic)).contains(value);
        }
        finally {
            second.stop();
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
