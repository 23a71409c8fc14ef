package io.cloudflux.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.cloudflux.gateway.Api;
import io.cloudflux.gateway.GatewayApplication;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Real tokens, signed with a test key whose public half a local JWKS endpoint serves. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.NAME,
                "cloudflux.gateway.security.oidc.roles-claim=realm_access.roles",
                "cloudflux.gateway.security.oidc.audience=cloudflux",
                "cloudflux.gateway.security.oidc.client-id=cloudflux-dashboard"})
class OidcTokensIT {

    static final String ISSUER = "https://idp.example/realms/cloudflux";
    static final RSAKey SIGNING = generate("signing");
    static final RSAKey STRANGER = generate("stranger");
    static final HttpServer JWKS = jwks(new JWKSet(SIGNING.toPublicJWK()));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("cloudflux.gateway.security.oidc.issuer-uri", () -> ISSUER);
        registry.add("cloudflux.gateway.security.oidc.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/certs");
    }

    @AfterAll
    static void stop() {
        JWKS.stop(0);
    }

    @Test
    void shouldAuthenticateASignedTokenWithItsHighestRoleFromTheConfiguredClaim() {
        String token = token(SIGNING, claims(ISSUER, List.of("offline_access", "viewer", "cloudflux-operator"),
                Instant.now().plusSeconds(300)));

        HttpResponse<String> me = Api.onPort(port).withBearer(token).get("/api/v1/me");

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).isEqualTo("{\"name\":\"ada\",\"role\":\"OPERATOR\",\"via\":\"OIDC\"}");
        assertThat(Api.onPort(port).withBearer(token).post("/api/v1/keys", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseTokensThatAreExpiredForeignOrSignedByAnotherKey() {
        String expired = token(SIGNING, claims(ISSUER, List.of("ADMIN"), Instant.now().minusSeconds(600)));
        String foreign = token(SIGNING, claims("https://other.example", List.of("ADMIN"), Instant.now().plusSeconds(300)));
        String forged = token(STRANGER, claims(ISSUER, List.of("ADMIN"), Instant.now().plusSeconds(300)));

        for (String token : List.of(expired, foreign, forged, "not-a-jwt")) {
            HttpResponse<String> response = Api.onPort(port).withBearer(token).get("/api/v1/me");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(response.body()).contains("invalid bearer token").doesNotContain(token);
        }
    }

    @Test
    void shouldRefuseATokenForAnotherAudienceOrWithoutARole() {
        JWTClaimsSet otherAudience = new JWTClaimsSet.Builder(claims(ISSUER, List.of("ADMIN"),
                Instant.now().plusSeconds(300))).audience("billing").build();
        String noRole = token(SIGNING, claims(ISSUER, List.of("offline_access"), Instant.now().plusSeconds(300)));

        assertThat(Api.onPort(port).withBearer(token(SIGNING, otherAudience)).get("/api/v1/me").statusCode())
                .isEqualTo(401);
        HttpResponse<String> response = Api.onPort(port).withBearer(noRole).get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("names no CloudFlux role in its 'realm_access.roles' claim");
    }

    @Test
    void shouldOfferSingleSignOnToTheDashboard() {
        assertThat(Api.onPort(port).get("/api/v1/auth/config").body()).isEqualTo("{\"oidc\":{\"issuer\":\"" + ISSUER
                + "\",\"clientId\":\"cloudflux-dashboard\",\"scopes\":\"openid profile\"}}");
    }

    private static JWTClaimsSet claims(String issuer, List<String> roles, Instant expires) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject("u-1").audience("cloudflux")
                .claim("preferred_username", "ada").claim("realm_access", Map.of("roles", roles))
                .issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires)).build();
    }

    private static String token(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer jwks(JWKSet keys) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/certs", exchange -> {
                byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
