package io.cloudflux.gateway.security;

import org.springframework.lang.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** The one {@link CredentialAuthenticator}: API keys from the key store, bearer tokens when OIDC is configured. */
final class CallerAuthenticator implements CredentialAuthenticator {

    private final ApiKeyVerifier keys;
    @Nullable
    private final JwtCallers tokens;

    CallerAuthenticator(ApiKeyVerifier keys, @Nullable JwtCallers tokens) {
        this.keys = keys;
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(@Nullable String apiKey, @Nullable String bearerToken) {
        if (apiKey != null && bearerToken != null) {
            throw new BadCredentialsException("send an API key or a bearer token, not both");
        }
        if (apiKey != null) {
            return keys.verify(apiKey).map(CallerAuthentication::new)
                    .orElseThrow(() -> new BadCredentialsException("unknown or revoked API key"));
        }
        if (bearerToken != null) {
            if (tokens == null) {
                throw new BadCredentialsException("bearer tokens are not accepted: no OIDC issuer is configured");
            }
            return new CallerAuthentication(tokens.caller(bearerToken));
        }
        throw new AuthenticationCredentialsNotFoundException(
                "no credentials: send an API key in X-Api-Key or a token in Authorization: Bearer");
    }
}
