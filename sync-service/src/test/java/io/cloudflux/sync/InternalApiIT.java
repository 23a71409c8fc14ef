package io.cloudflux.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.Precondition;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.filesystem.FilesystemConfig;
import io.cloudflux.storage.filesystem.FilesystemStorageAdapter;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The internal API the gateway proxies, called over HTTP on a running service. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + SyncApplication.NAME, "cloudflux.sync.scan.schedule=false"})
class InternalApiIT {

    static final Path ROOT = Estates.tempDir("sync-api-it-");

    @DynamicPropertySource
    static void clouds(DynamicPropertyRegistry registry) {
        registry.add("cloudflux.clouds[0].name", () -> "fs-api");
        registry.add("cloudflux.clouds[0].provider", () -> "FILESYSTEM");
        registry.add("cloudflux.clouds[0].endpoint", ROOT::toString);
        registry.add("cloudflux.clouds[0].credentials", () -> "none");
        registry.add("cloudflux.clouds[0].buckets[0].name", () -> "catalogue");
        registry.add("cloudflux.clouds[0].buckets[0].page-size", () -> "10");
        registry.add("cloudflux.clouds[0].buckets[1].name", () -> "archive");
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final StorageAdapter bucketStore = new FilesystemStorageAdapter(new FilesystemConfig("fs-api", ROOT));

    @Test
    void shouldScanOnDemandThenAnswerLookupsListsStatusAndTheLocationSwitch() throws Exception {
        bucketStore.createBucket("catalogue");
        bucketStore.createBucket("archive");
        List<String> keys = Estates.seed(bucketStore, "catalogue", 25);

        HttpResponse<String> started = post("/internal/v1/scans", "{\"account\":\"fs-api\",\"bucket\":\"catalogue\"}");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(read(started).at("/runs/0/state").asString()).isIn("RUNNING", "COMPLETED");
        await().atMost(Duration.ofSeconds(60)).until(() -> read(get("/internal/v1/scans"))
                .at("/items/0/lastCompleted/objectsNew").asLong() == 25);

        JsonNode page = read(get("/internal/v1/objects?bucket=catalogue&prefix=logs/&size=3&page=1&sort=key,desc"));
        assertThat(page.get("total").asLong()).isEqualTo(7);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(3);
        String objectId = page.at("/items/0/objectId").asString();
        String location = page.at("/items/0/location").asString();

        JsonNode byId = read(get("/internal/v1/objects/" + objectId));
        assertThat(byId.get("location").asString()).isEqualTo(location);
        assertThat(byId.get("history")).isEmpty();
        JsonNode byLocation = read(get("/internal/v1/objects?location=" + encode(location)));
        assertThat(byLocation.get("objectId").asString()).isEqualTo(objectId);

        String target = location.replace("/catalogue/", "/archive/");
        String wrong = "{\"expected\":\"" + target + "\",\"target\":\"" + target + "\",\"sizeBytes\":10,"
                + "\"storageClass\":\"COLD\",\"actor\":\"job-7\"}";
        HttpResponse<String> conflict = post("/internal/v1/objects/" + objectId + "/location", wrong);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(read(conflict).get("currentLocation").asString()).isEqualTo(location);

        String right = wrong.replace("\"expected\":\"" + target, "\"expected\":\"" + location);
        HttpResponse<String> switched = post("/internal/v1/objects/" + objectId + "/location", right);
        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(read(switched).get("location").asString()).isEqualTo(target);
        assertThat(read(switched).at("/history/0/location").asString()).isEqualTo(location);
        assertThat(read(switched).at("/history/0/actor").asString()).isEqualTo("job-7");

        JsonNode clouds = read(get("/internal/v1/clouds"));
        JsonNode catalogue = clouds.at("/items/0/buckets/0");
        assertThat(clouds.at("/items/0/provider").asString()).isEqualTo("FILESYSTEM");
        assertThat(catalogue.get("reachable").asBoolean()).isTrue();
        assertThat(catalogue.get("objects").asLong()).isEqualTo(24);
        assertThat(catalogue.at("/lastCompleted/state").asString()).isEqualTo("COMPLETED");
        assertThat(clouds.at("/items/0/buckets/1/objects").asLong()).isEqualTo(1);

        bucketStore.delete(new ObjectKey("catalogue", keys.get(0)), Precondition.none());
        post("/internal/v1/scans", "{\"account\":\"fs-api\",\"bucket\":\"catalogue\",\"mode\":\"FULL\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> read(get("/internal/v1/drift-findings?state=OPEN&kind=MISSING"))
                .get("total").asLong() == 1);
        JsonNode finding = read(get("/internal/v1/drift-findings?state=OPEN")).at("/items/0");
        assertThat(finding.at("/evidence/catalog/location").asString()).endsWith(keys.get(0));
        HttpResponse<String> resolved = post("/internal/v1/drift-findings/" + finding.get("id").asLong()
                + "/resolve", "{\"by\":\"operator@example.com\",\"note\":\"deleted on purpose\"}");
        assertThat(read(resolved).get("state").asString()).isEqualTo("RESOLVED");
        HttpResponse<String> again = post("/internal/v1/drift-findings/" + finding.get("id").asLong()
                + "/dismiss", "{\"by\":\"operator@example.com\"}");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void shouldRefuseABadRequestListingEveryProblem() throws Exception {
        HttpResponse<String> response = get("/internal/v1/objects?provider=MARS&size=0&page=-1&sort=colour,sideways");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = read(response);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("provider", "page", "size", "sort", "sort");

        HttpResponse<String> scan = post("/internal/v1/scans", "{\"account\":\"fs-api\",\"bucket\":\"nowhere\"}");
        assertThat(scan.statusCode()).isEqualTo(400);
        assertThat(read(scan).at("/errors/0/field").asString()).isEqualTo("bucket");
        assertThat(get("/internal/v1/objects/no-such-object").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
