package io.cloudflux.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** Reads a running service's actuator endpoints the way Kubernetes and Prometheus do. */
public final class ServiceProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    private ServiceProbe(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A probe of the service listening on 127.0.0.1 at {@code port}. */
    public static ServiceProbe onPort(int port) {
        return new ServiceProbe("http://127.0.0.1:" + port);
    }

    /**
     * Asserts what every CloudFlux service must show once started: liveness and readiness UP (readiness including its
     * database and Kafka), Prometheus metrics served, and its Flyway migrations applied in its own schema.
     */
    public void assertReadyWithOwnSchema(Infrastructure infrastructure, String schema) {
        expectUp("/actuator/health/liveness", Duration.ofSeconds(5));
        String readiness = expectUp("/actuator/health/readiness", Duration.ofSeconds(60));
        for (String component : new String[] {"\"db\"", "\"kafka\""}) {
            if (!readiness.contains(component)) {
                throw new AssertionError("readiness does not check " + component + ": " + readiness);
            }
        }
        HttpResponse<String> metrics = get("/actuator/prometheus");
        if (metrics.statusCode() != 200 || !metrics.body().contains("jvm_memory_used_bytes")) {
            throw new AssertionError("/actuator/prometheus did not serve JVM metrics: " + metrics.statusCode());
        }
        try (Connection connection = infrastructure.database().connect();
                PreparedStatement query = connection.prepareStatement("select count(*) from information_schema.tables "
                        + "where table_schema = ? and table_name = 'processed_event'")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new AssertionError("Flyway did not migrate schema " + schema);
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not inspect schema " + schema, e);
        }
    }

    /** Waits until GET {@code path} answers 200 with status UP, and returns that body. */
    public String expectUp(String path, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        HttpResponse<String> last = get(path);
        while (!isUp(last) && System.nanoTime() < deadline) {
            sleep();
            last = get(path);
        }
        if (!isUp(last)) {
            throw new AssertionError(path + " is not UP after " + patience + ": " + last.statusCode() + " "
                    + last.body());
        }
        return last.body();
    }

    private static boolean isUp(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response to a GET of {@code path}. */
    public HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new IllegalStateException("GET " + baseUrl + path + " failed", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + baseUrl + path, e);
        }
    }
}
