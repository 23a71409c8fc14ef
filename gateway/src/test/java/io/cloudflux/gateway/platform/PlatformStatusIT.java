package io.cloudflux.gateway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import io.cloudflux.gateway.Api;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.apikey.ApiKeyService;
import io.cloudflux.gateway.security.Role;
import io.cloudflux.testsupport.RealInfrastructure;
import io.cloudflux.testsupport.ServiceProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + GatewayApplication.NAME)
class PlatformStatusIT {

    static final HttpServer READY = readinessServer(200, "{\"status\":\"UP\"}");
    static final HttpServer NOT_READY = readinessServer(503, "{\"status\":\"OUT_OF_SERVICE\"}");

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        String prefix = "cloudflux.gateway.platform.services.";
        String nobody = "http://127.0.0.1:" + closedPort();
        registry.add(prefix + "classifier-service", () -> "http://127.0.0.1:" + READY.getAddress().getPort());
        registry.add(prefix + "predictor-service", () -> "http://127.0.0.1:" + NOT_READY.getAddress().getPort());
        registry.add(prefix + "cost-service", () -> nobody);
        registry.add(prefix + "migration-service", () -> nobody);
        registry.add(prefix + "sync-service", () -> nobody);
    }

    @AfterAll
    static void stopServers() {
        READY.stop(0);
        NOT_READY.stop(0);
    }

    @Test
    void shouldReportEachServiceReadinessAndADegradedPlatform() {
        String viewer = keys.create("status-reader", Role.VIEWER, "test").key();

        HttpResponse<String> response = Api.onPort(port).withKey(viewer).get("/api/v1/platform/status");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"DEGRADED\"")
                .contains("{\"name\":\"gateway\",\"status\":\"UP\"")
                .contains("{\"name\":\"classifier-service\",\"status\":\"UP\"")
                .contains("{\"name\":\"predictor-service\",\"status\":\"DOWN\"")
                .contains("readiness answered 503")
                .contains("{\"name\":\"cost-service\",\"status\":\"UNKNOWN\"")
                .contains("unreachable: connection refused");
    }

    @Test
    void shouldAnswerAnUnknownApiPathWithAProblemDetail() {
        String viewer = keys.create("lost", Role.VIEWER, "test").key();

        HttpResponse<String> response = Api.onPort(port).withKey(viewer).get("/api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").contains("\"title\":\"Not Found\"");
    }

    @Test
    void shouldDescribeItsApiInOpenApi() {
        HttpResponse<String> response = ServiceProbe.onPort(port).get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\":\"3.").contains("/api/v1/platform/status")
                .contains("\"securitySchemes\":{\"apiKey\":{\"type\":\"apiKey\",\"name\":\"X-Api-Key\",\"in\":\"header\"}")
                .contains("\"oidc\":{\"type\":\"http\",\"scheme\":\"bearer\",\"bearerFormat\":\"JWT\"}");
    }

    private static HttpServer readinessServer(int status, String body) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/actuator/health/readiness", exchange -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
