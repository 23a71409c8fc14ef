package io.cloudflux.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudflux.testsupport.PostgresServer;
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
        String keysOfFirstStart;
        try {
            first.start();
            String viewer = demoKey(first, "viewer");
            HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + ports.get("gateway") + "/api/v1/platform/status"))
                    .header("X-Api-Key", viewer).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.body()).startsWith("{\"status\":\"UP\"");
            for (ServiceDefinition service : ServiceDefinition.all()) {
                assertThat(status.body()).contains("{\"name\":\"" + service.name() + "\",\"status\":\"UP\"");
            }
            keysOfFirstStart = Files.readString(first.demoKeys());
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
            assertThat(Files.readString(second.demoKeys())).as("the demo keeps its keys across a restart")
                    .isEqualTo(keysOfFirstStart);
        }
        finally {
            second.stop();
        }
    }

    private static String demoKey(LocalLauncher launcher, String role) throws IOException {
        Matcher key = Pattern.compile("\"" + role + "\":\"([^\"]+)\"").matcher(Files.readString(launcher.demoKeys()));
        assertThat(key.find()).as("a %s key in %s", role, launcher.demoKeys()).isTrue();
        return key.group(1);
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
