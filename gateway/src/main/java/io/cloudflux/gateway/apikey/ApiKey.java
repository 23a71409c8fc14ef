package io.cloudflux.gateway.apikey;

import java.time.Instant;
import java.util.UUID;

import io.cloudflux.gateway.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One API key as stored: its SHA-256, never the key. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "key_hash")
    private String keyHash;
    private String prefix;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(UUID id, String name, Role role, String keyHash, String prefix, Instant createdAt, String createdBy) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.keyHash = keyHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    Role role() {
        return role;
    }

    String prefix() {
        return prefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
