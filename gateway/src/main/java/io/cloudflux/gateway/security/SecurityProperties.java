package io.cloudflux.gateway.security;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway authenticates and limits its callers.
 *
 * @param keyCacheTtl how long a verified API key is trusted without asking the database again: a key revoked on
 *     another gateway replica stops working here within this time (at once on the replica that revoked it)
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux.gateway.security")
public record SecurityProperties(@DefaultValue @Valid Oidc oidc, @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue Cors cors, @DefaultValue DemoKeys demoKeys, @DefaultValue("30s") @NotNull Duration keyCacheTtl) {

    /**
     * OIDC bearer tokens; off unless an issuer or a JWK set is configured.
     *
     * @param issuerUri the issuer tokens must name ({@code iss}); its discovery document gives the JWK set unless
     *     {@code jwkSetUri} is set
     * @param rolesClaim the claim holding the caller's roles, a dotted path into nested objects (e.g. Keycloak's
     *     {@code realm_access.roles}); a list or a space-separated string of VIEWER, OPERATOR, ADMIN (any case,
     *     optionally prefixed {@code ROLE_} or {@code cloudflux-}); the highest wins
     * @param audience when set, tokens must name it in {@code aud}
     * @param clientId the dashboard's public client id for the login flow; the dashboard offers SSO only when set
     */
    public record Oidc(URI issuerUri, URI jwkSetUri, @DefaultValue("roles") @NotBlank String rolesClaim,
            String audience, String clientId, @DefaultValue("openid profile") String scopes) {

        public boolean enabled() {
            return issuerUri != null || jwkSetUri != null;
        }
    }

    /** Requests per caller per second, counted in Redis so every replica shares the budget. */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("100") @Min(1) int requestsPerSecond) {
    }

    /** Origins other than the gateway's own allowed to call the API from a browser; none by default. */
    public record Cors(List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    /** The demo's keys: one per role, created at start and written to {@code file} as JSON. */
    public record DemoKeys(@DefaultValue("false") boolean enabled, Path file) {
    }
}
