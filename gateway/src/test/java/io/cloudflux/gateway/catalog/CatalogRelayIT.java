package io.cloudflux.gateway.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudflux.gateway.Api;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.apikey.ApiKeyService;
import io.cloudflux.gateway.security.Role;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's relay to the sync-service's internal API, against a local HTTP server in its place that records what
 * it was asked (the sync-service's own API is tested in its module, and end to end in the dashboard's browser test).
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.NAME,
                "cloudflux.gateway.platform.services.cost-service=http://127.0.0.1:1"})
class CatalogRelayIT {

    static final List<String> ASKED = new CopyOnWriteArrayList<>();
    static final HttpServer SYNC = sync();

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("cloudflux.gateway.platform.services.sync-service",
                () -> "http://127.0.0.1:" + SYNC.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        SYNC.stop(0);
    }

    @BeforeEach
    void forget() {
        ASKED.clear();
    }

    @Test
    void shouldPassOnOnlyTheParametersTheListKnowsEncoded() {
        String viewer = keys.create("reader", Role.VIEWER, "test").key();

        HttpResponse<String> response = Api.onPort(port).withKey(viewer)
                .get("/api/v1/objects?bucket=acme%20media&prefix=a%2Bb%26c&page=2&evil=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"items\":[],\"page\":2,\"size\":20,\"total\":0}");
        assertThat(ASKED).containsExactly("GET /internal/v1/objects?bucket=acme%20media&prefix=a%2Bb%26c&page=2");
    }

    @Test
    void shouldNameTheAuthenticatedCallerAsTheOneWhoDecides() {
        String operator = keys.create("night-shift", Role.OPERATOR, "test").key();

        HttpResponse<String> response = Api.onPort(port).withKey(operator)
                .post("/api/v1/drift-findings/7/dismiss", "{\"note\":\"known copy\",\"by\":\"someone-else\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ASKED).containsExactly(
                "POST /internal/v1/drift-findings/7/dismiss {\"by\":\"night-shift\",\"note\":\"known copy\"}");
    }

    @Test
    void shouldHandBackTheServicesProblemUnchanged() {
        String operator = keys.create("scanner", Role.OPERATOR, "test").key();

        HttpResponse<String> response = Api.onPort(port).withKey(operator).post("/api/v1/scans", "{\"account\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"errors\":[{\"field\":\"bucket\",\"message\":\"must not be blank\"}]");
    }

    private static HttpServer sync() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/internal/v1/objects", exchange -> answer(exchange, 200,
                    "{\"items\":[],\"page\":2,\"size\":20,\"total\":0}"));
            server.createContext("/internal/v1/drift-findings", exchange -> answer(exchange, 200, "{\"id\":7}"));
            server.createContext("/internal/v1/scans", exchange -> answer(exchange, 400,
                    "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                            + "\"errors\":[{\"field\":\"bucket\",\"message\":\"must not be blank\"}]}"));
            server.start();
            return server;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        ASKED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                + (request.isEmpty() ? "" : " " + request));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
