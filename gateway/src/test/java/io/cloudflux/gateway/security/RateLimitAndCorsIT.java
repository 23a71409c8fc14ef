package io.cloudflux.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudflux.gateway.Api;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.apikey.ApiKeyService;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.NAME,
                "cloudflux.gateway.security.rate-limit.requests-per-second=5",
                "cloudflux.gateway.security.cors.allowed-origins=http://dashboard.example"})
class RateLimitAndCorsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Test
    void shouldRefuseACallerOverItsBudgetWithRetryAfterAndLeaveOtherCallersAlone() {
        String busy = keys.create("busy", Role.VIEWER, "test").key();
        String quiet = keys.create("quiet", Role.VIEWER, "test").key();

        List<HttpResponse<String>> refused = new ArrayList<>();
        for (int i = 0; i < 40 && refused.isEmpty(); i++) {
            HttpResponse<String> response = Api.onPort(port).withKey(busy).get("/api/v1/me");
            if (response.statusCode() == 429) {
                refused.add(response);
            }
            else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }

        assertThat(refused).as("a 429 within 40 quick requests at 5 per second").hasSize(1);
        assertThat(refused.get(0).headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.get(0).body()).contains("\"status\":429").contains("\"title\":\"Too Many Requests\"");
        assertThat(Api.onPort(port).withKey(quiet).get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAllowTheConfiguredDashboardOriginOnlyAndNeverAnyCookie() {
        Map<String, String> preflight = Map.of("Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "x-api-key");

        HttpResponse<String> allowed = Api.onPort(port).withHeaders(preflight)
                .withHeaders(Map.of("Origin", "http://dashboard.example")).send("OPTIONS", "/api/v1/me", null);
        HttpResponse<String> other = Api.onPort(port).withHeaders(preflight)
                .withHeaders(Map.of("Origin", "http://evil.example")).send("OPTIONS", "/api/v1/me", null);

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://dashboard.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        String key = keys.create("cookies", Role.VIEWER, "test").key();
        assertThat(Api.onPort(port).withKey(key).get("/api/v1/me").headers().firstValue("Set-Cookie")).isEmpty();
    }
}
