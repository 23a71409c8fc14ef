package io.cloudflux.gateway.apikey;

import java.time.Instant;
import java.util.UUID;

import io.cloudflux.gateway.security.Role;

/** The answer to creating a key: the only time the key itself leaves the gateway. */
public record CreatedApiKey(UUID id, String name, Role role, String prefix, Instant createdAt, String key) {

    @Override
    public String toString() {
        return "CreatedApiKey[id=" + id + ", name=" + name + ", role=" + role + ", prefix=" + prefix + "]";
    }
}
