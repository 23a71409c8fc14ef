package io.cloudflux.launcher.estate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Full scans of every demo bucket through the sync-service's internal API ({@code POST /internal/v1/scans}), each
 * started after a given instant — a run already holding a scope from before is waited out and the scope scanned
 * again — and awaited to their end.
 */
final class FullScans {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String syncUrl;

    FullScans(String syncUrl) {
        this.syncUrl = syncUrl;
    }

    /** Scans every bucket of {@code accounts} from a run started after {@code after}; answers the ended runs. */
    List<JsonNode> scanAll(List<DemoAccount> accounts, Instant after, Duration patience)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<JsonNode> ended = new ArrayList<>();
        for (DemoAccount account : accounts) {
            for (String bucket : account.buckets()) {
                ended.add(scan(account.name(), bucket, after, deadline));
            }
        }
        return ended;
    }

    private JsonNode scan(String account, String bucket, Instant after, long deadline)
            throws IOException, InterruptedException {
        while (true) {
            JsonNode run = trigger(account, bucket);
            JsonNode end = awaitEnd(run.get("id").asLong(), account, bucket, deadline);
            if (!Instant.parse(run.get("startedAt").asString()).isBefore(after)) {
                return end;
            }
        }
    }

    private JsonNode trigger(String account, String bucket) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("account", account, "bucket", bucket, "mode", "FULL"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(syncUrl + "/internal/v1/scans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("the sync-service refused a scan of " + account + "/" + bucket + ": "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("runs").get(0);
    }

    private JsonNode awaitEnd(long runId, String account, String bucket, long deadline)
            throws IOException, InterruptedException {
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(syncUrl + "/internal/v1/scans")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode scope : JSON.readTree(response.body()).get("items")) {
                JsonNode latest = scope.get("latest");
                if (scope.get("account").asString().equals(account) && scope.get("bucket").asString().equals(bucket)
                        && latest != null && !latest.isNull() && latest.get("id").asLong() >= runId
                        && !"RUNNING".equals(latest.get("state").asString())) {
                    return latest;
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("the scan of " + account + "/" + bucket + " did not end in time");
    }
}
