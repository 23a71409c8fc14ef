package io.cloudflux.gateway.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.cloudflux.gateway.platform.PlatformStatusProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The gateway's calls to services, against real local HTTP servers that answer, refuse, fail and hang. */
class ServiceClientIT {

    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();
    final HttpServer server = server();

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void shouldReadAnAnswerAndHandBackAServiceRefusalWithItsProblem() {
        ServiceClient sync = clients(Map.of("sync-service", base())).of("sync-service");

        assertThat(sync.get("/ok", String.class)).isEqualTo("{\"answer\":42}");
        assertThatThrownBy(() -> sync.get("/bad", String.class)).isInstanceOfSatisfying(
                ServiceRejectedException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.body()).contains("\"title\":\"Bad Request\"");
                });
    }

    @Test
    void shouldGiveUpOnAHangingServiceWithinItsTimeoutWithoutRetryingIt() {
        ServiceClient sync = clients(Map.of("sync-service", base())).of("sync-service");

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> sync.get("/hang", String.class))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessage("sync-service is unavailable: no answer in time"));
        assertThat(calls.get()).as("a call that timed out is not repeated").isEqualTo(1);
    }

    @Test
    void shouldRetryAnIdempotentCallThatFailedFastButNeverAPost() {
        ServiceClient sync = clients(Map.of("sync-service", base())).of("sync-service");

        assertThatThrownBy(() -> sync.get("/unavailable", String.class))
                .isInstanceOf(ServiceUnavailableException.class).hasMessage("sync-service is unavailable: answered 503");
        assertThat(calls.getAndSet(0)).isEqualTo(3);
        assertThatThrownBy(() -> sync.post("/unavailable", Map.of(), String.class))
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void shouldOpenTheCircuitOfAServiceThatIsDownAndAnswerAtOnce() throws IOException {
        ServiceClient cost = clients(Map.of("cost-service", URI.create("http://127.0.0.1:" + closedPort())))
                .of("cost-service");

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> cost.get("/anything", String.class))
                    .isInstanceOf(ServiceUnavailableException.class)
                    .hasMessage("cost-service is unavailable: connection refused");
        }
        assertThatThrownBy(() -> cost.get("/anything", String.class))
                .hasMessage("cost-service is unavailable: its circuit is open after repeated failures");
    }

    private ServiceClients clients(Map<String, URI> services) {
        ServiceCallProperties properties = new ServiceCallProperties(Duration.ofMillis(500), Duration.ofMillis(700), 3,
                Duration.ofMillis(10), 50, 10, Duration.ofSeconds(30));
        return new ServiceClients(new PlatformStatusProperties(services, Duration.ofSeconds(1)), properties,
                RestClient.builder());
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private HttpServer server() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.setExecutor(Executors.newCachedThreadPool());
            http.createContext("/ok", exchange -> answer(exchange, 200, "{\"answer\":42}"));
            http.createContext("/bad", exchange -> answer(exchange, 400,
                    "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400}"));
            http.createContext("/unavailable", exchange -> answer(exchange, 503, "{}"));
            http.createContext("/hang", exchange -> {
                calls.incrementAndGet();
                try {
                    release.await();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            });
            http.start();
            return http;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        calls.incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
