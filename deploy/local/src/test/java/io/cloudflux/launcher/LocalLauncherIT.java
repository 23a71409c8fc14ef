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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudflux.events.Provider;
import io.cloudflux.launcher.estate.DemoEstate;
import io.cloudflux.launcher.estate.EstateLoader;
import io.cloudflux.launcher.estate.EstateLoader.EstateReport;
import io.cloudflux.launcher.estate.SeedMarker;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LocalLauncherIT {

    /** A few hundred objects: every account and bucket gets some, and the suite stays fast. */
    static final int ESTATE = 300;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void shouldBringEveryServiceUpSeedTheEstateOnceAndKeepKafkaAndCloudDataAcrossARestart() throws Exception {
        Map<String, Integer> ports = new HashMap<>();
        for (ServiceDefinition service : ServiceDefinition.all()) {
            ports.put(service.name(), freePort());
        }
        LaunchSettings settings = new LaunchSettings(dataDir,
                PostgresServer.createDatabase("LocalLauncherIT").jdbcUrl(), freePort(), freePort(), freePort(),
                freePort(), ESTATE, ports);
        String sync = "http://127.0.0.1:" + ports.get("sync-service");
        DemoEstate estate = DemoEstate.of(ESTATE);
        Path marker = EstateLoader.markerIn(dataDir);
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
            HttpResponse<String> internal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + ports.get("sync-service") + "/internal/v1/scans")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(internal.statusCode()).as("a service's internal API, which only the gateway's door guards")
                    .isEqualTo(200);
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

            EstateReport loaded = first.estate().get(10, TimeUnit.MINUTES);
            assertThat(loaded.seededOnDisk()).as("the first start seeds S3Mock and Azurite").isTrue();
            assertThat(SeedMarker.read(marker)).hasValue(new SeedMarker(DemoEstate.VERSION, ESTATE,
                    estate.countsByBucket()));
            assertCatalogHoldsTheEstate(sync, estate);
        }
        finally {
            first.stop();
        }
        FileTime seededAt = Files.getLastModifiedTime(marker);

        LocalLauncher second = new LocalLauncher(settings);
        try {
            second.start();
            assertThat(readAll(bootstrap, topic)).contains(value);
            assertThat(Files.readString(second.demoKeys())).as("the demo keeps its keys across a restart")
                    .isEqualTo(keysOfFirstStart);

            EstateReport reloaded = second.estate().get(10, TimeUnit.MINUTES);
            assertThat(reloaded.seededOnDisk()).as("a restart finds the estate in S3Mock and Azurite").isFalse();
            assertThat(Files.getLastModifiedTime(marker)).isEqualTo(seededAt);
            assertThat(reloaded.scans()).as("full scans after the restart, on the kept data")
                    .allSatisfy(run -> {
                        assertThat(run.get("state").asString()).isEqualTo("COMPLETED");
                        assertThat(run.get("objectsMissing").asLong()).isZero();
                        assertThat(run.get("objectsNew").asLong()).isZero();
                        assertThat(run.get("objectsChanged").asLong()).isZero();
                    });
            assertCatalogHoldsTheEstate(sync, estate);
        }
        finally {
            second.stop();
        }
    }

    /** Every bucket of every provider holds, by the catalog, as many objects as were seeded, none missing. */
    private static void assertCatalogHoldsTheEstate(String sync, DemoEstate estate) throws Exception {
        HttpResponse<String> clouds = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sync + "/internal/v1/clouds")).build(), HttpResponse.BodyHandlers.ofString());
        Map<Provider, Long> byProvider = new EnumMap<>(Provider.class);
        Map<String, Long> byBucket = new TreeMap<>();
        for (JsonNode account : JSON.readTree(clouds.body()).get("items")) {
            Provider provider = Provider.valueOf(account.get("provider").asString());
            for (JsonNode bucket : account.get("buckets")) {
                assertThat(bucket.get("reachable").asBoolean()).as(bucket.toString()).isTrue();
                assertThat(bucket.get("missing").asLong()).as(bucket.toString()).isZero();
                byProvider.merge(provider, bucket.get("objects").asLong(), Long::sum);
                byBucket.put(account.get("name").asString() + "/" + bucket.get("name").asString(),
                        bucket.get("objects").asLong());
            }
        }
        assertThat(byProvider).containsOnlyKeys(Provider.AWS, Provider.AZURE, Provider.GCP)
                .isEqualTo(estate.countsByProvider());
        assertThat(byBucket).isEqualTo(estate.countsByBucket());
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
