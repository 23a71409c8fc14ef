package io.cloudflux.bench.live;

import java.util.List;
import java.util.UUID;

import io.cloudflux.gateway.security.CredentialAuthenticator;
import io.cloudflux.gateway.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The benchmark's stand-in for the gateway's credential check: one key generated per run, of a VIEWER. It stays until
 * the gateway has API keys of its own to create one through.
 */
@Configuration(proxyBeanMethods = false)
class BenchCredentials {

    static final String KEY = "bench-" + UUID.randomUUID();

    @Bean
    CredentialAuthenticator benchKeyAuthenticator() {
        return (apiKey, bearerToken) -> {
            if (!KEY.equals(apiKey)) {
                throw new BadCredentialsException("not the benchmark's key");
            }
            return UsernamePasswordAuthenticationToken.authenticated("bench-viewer", null,
                    List.of(Role.VIEWER.authority()));
        };
    }
}
