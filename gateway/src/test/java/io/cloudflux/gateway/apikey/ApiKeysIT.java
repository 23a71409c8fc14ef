package io.cloudflux.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudflux.gateway.Api;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.gateway.security.Role;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@RealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.NAME, "logging.level.root=DEBUG",
                "logging.level.org.apache.kafka=INFO", "logging.level.kafka=INFO",
                "cloudflux.gateway.security.rate-limit.enabled=false"})
class ApiKeysIT {

    private static final Pattern KEY = Pattern.compile("\"key\":\"(cfx_[A-Za-z0-9_-]{43})\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldShowAKeyOnceStoreOnlyItsHashAndStopItWhenRevoked(CapturedOutput output) {
        String admin = keys.create("admin", Role.ADMIN, "test").key();
        List<String> used = new ArrayList<>(List.of(admin));

        HttpResponse<String> created = Api.onPort(port).withKey(admin)
                .post("/api/v1/keys", "{\"name\":\"ci-reader\",\"role\":\"VIEWER\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = group(KEY, created.body());
        String id = group(ID, created.body());
        used.add(key);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/keys/" + id);

        HttpResponse<String> me = Api.onPort(port).withKey(key).get("/api/v1/me");
        assertThat(me.body()).isEqualTo("{\"name\":\"ci-reader\",\"role\":\"VIEWER\",\"via\":\"API_KEY\"}");

        HttpResponse<String> listed = Api.onPort(port).withKey(admin).get("/api/v1/keys?sort=name,asc");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).startsWith("{\"items\":[").contains("\"name\":\"ci-reader\"")
                .contains("\"page\":0,\"size\":20,\"total\":").doesNotContain(key).doesNotContain(admin);
        assertThat(jdbc.queryForList("select key_hash from api_key", String.class))
                .contains(ApiKeyService.sha256(key)).doesNotContain(key);

        assertThat(Api.onPort(port).withKey(admin).delete("/api/v1/keys/" + id).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = Api.onPort(port).withKey(key).get("/api/v1/me");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("unknown or revoked API key");

        for (String secret : used) {
            assertThat(output.getAll()).as("the log of this test").doesNotContain(secret)
                    .doesNotContain(secret.substring(8));
        }
    }

    @Test
    void shouldRecordWhenAKeyWasLastUsed() {
        CreatedApiKey created = keys.create("recorded", Role.VIEWER, "test");
        assertThat(Api.onPort(port).withKey(created.key()).get("/api/v1/me").statusCode()).isEqualTo(200);

        keys.flushLastUsed();

        assertThat(jdbc.queryForObject("select last_used_at is not null from api_key where id = ?", Boolean.class,
                created.id())).isTrue();
    }

    @Test
    void shouldListEveryProblemOfABadNewKey() {
        String admin = keys.create("admin-2", Role.ADMIN, "test").key();

        HttpResponse<String> response = Api.onPort(port).withKey(admin)
                .post("/api/v1/keys", "{\"name\":\" \",\"role\":\"ROOT\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"title\":\"Bad Request\"").contains("2 problems in the request")
                .contains("{\"field\":\"name\",\"message\":\"must not be blank\"}")
                .contains("{\"field\":\"role\",\"message\":\"must be VIEWER, OPERATOR or ADMIN\"}");
    }

    @Test
    void shouldListEveryProblemOfBadPaging() {
        String admin = keys.create("admin-3", Role.ADMIN, "test").key();

        HttpResponse<String> response = Api.onPort(port).withKey(admin).get("/api/v1/keys?page=-1&size=0&sort=key,up");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"page\"").contains("\"field\":\"size\"")
                .contains("cannot sort by 'key'").contains("'property,asc|desc'");
    }

    @Test
    void shouldAnswerAMalformedBodyAndAWrongTypeWithAProblem() {
        String admin = keys.create("admin-4", Role.ADMIN, "test").key();

        HttpResponse<String> malformed = Api.onPort(port).withKey(admin).post("/api/v1/keys", "{\"name\":");
        HttpResponse<String> notANumber = Api.onPort(port).withKey(admin).get("/api/v1/keys?page=first");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"errors\":[{\"field\":null,\"message\":\"body: ");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("{\"field\":\"page\",\"message\":\"'first' is not a valid Integer\"}");
    }

    @Test
    void shouldKeepProbesAndMetricsOpenAndTheRestOfActuatorForAdmins() {
        assertThat(Api.onPort(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(Api.onPort(port).get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(Api.onPort(port).get("/actuator/info").statusCode()).isEqualTo(401);
        assertThat(Api.onPort(port).get("/api/v1/auth/config").body()).isEqualTo("{\"oidc\":null}");
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
