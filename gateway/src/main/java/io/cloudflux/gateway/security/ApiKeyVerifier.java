package io.cloudflux.gateway.security;

import java.util.Optional;

/** Checks an API key: the caller it speaks for, or empty when it is unknown or revoked. */
public interface ApiKeyVerifier {

    Optional<Caller> verify(String apiKey);
}
