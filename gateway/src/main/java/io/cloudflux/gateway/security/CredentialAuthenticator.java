package io.cloudflux.gateway.security;

import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Turns the credentials a caller presents — an API key ({@code X-Api-Key}) or an OIDC bearer token — into an
 * authenticated principal whose authorities hold its {@link Role} (every role it includes). The HTTP filter chain and
 * the STOMP CONNECT frame of the live channel both authenticate through this one door.
 */
public interface CredentialAuthenticator {

    /**
     * @param apiKey the raw API key, or null
     * @param bearerToken the raw bearer token (without "Bearer "), or null
     * @return the authenticated principal
     * @throws AuthenticationException when neither is given, or what is given is unknown, revoked, expired or invalid
     */
    Authentication authenticate(@Nullable String apiKey, @Nullable String bearerToken);
}
