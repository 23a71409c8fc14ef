package io.cloudflux.gateway.apikey;

import java.time.Instant;
import java.util.UUID;

import io.cloudflux.gateway.security.Role;

/** An API key as the API lists it: everything but the key, which is shown once, at creation. */
record ApiKeyView(UUID id, String name, Role role, String prefix, Instant createdAt, String createdBy,
        Instant lastUsedAt, Instant revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id(), key.name(), key.role(), key.prefix(), key.createdAt(), key.createdBy(),
                key.lastUsedAt(), key.revokedAt());
    }
}
