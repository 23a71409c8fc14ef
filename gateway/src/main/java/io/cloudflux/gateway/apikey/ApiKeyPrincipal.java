package io.cloudflux.gateway.apikey;

import java.util.UUID;

import io.cloudflux.gateway.security.Role;

/** Who a valid API key speaks for. */
public record ApiKeyPrincipal(UUID id, String name, Role role) {
}
