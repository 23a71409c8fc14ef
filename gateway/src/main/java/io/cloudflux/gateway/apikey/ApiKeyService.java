package io.cloudflux.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudflux.platform.api.PageQuery;
import io.cloudflux.gateway.security.ApiKeyVerifier;
import io.cloudflux.gateway.security.Caller;
import io.cloudflux.gateway.security.Role;
import io.cloudflux.gateway.security.SecurityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API keys: created with 256 random bits, kept as their SHA-256 (a key is random enough that a fast hash cannot be
 * reversed by guessing), verified through a short cache, their last use written in batches every
 * {@code last-used-flush} (15 s): a stop loses at most that much of it, rather than holding the shutdown on a database
 * that may already be going away.
 */
@Service
public class ApiKeyService implements ApiKeyVerifier {

    static final String KEY_PREFIX = "cfx_";
    private static final int KEY_LENGTH = KEY_PREFIX.length() + 43;
    private static final int CACHE_LIMIT = 10_000;

    private final ApiKeyRepository keys;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long cacheTtlMillis;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> verified = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> used = new ConcurrentHashMap<>();

    ApiKeyService(ApiKeyRepository keys, TransactionTemplate transactions, SecurityProperties properties,
            ObjectProvider<Clock> clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.cacheTtlMillis = properties.keyCacheTtl().toMillis();
    }

    /** Creates a key; the answer holds the key itself, which is never shown again. */
    @Transactional
    public CreatedApiKey create(String name, Role role, String createdBy) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey stored = keys.save(new ApiKey(UUID.randomUUID(), name, role, sha256(key),
                key.substring(0, KEY_PREFIX.length() + 4), clock.instant(), createdBy));
        return new CreatedApiKey(stored.id(), stored.name(), stored.role(), stored.prefix(), stored.createdAt(), key);
    }

    @Transactional(readOnly = true)
    Page<ApiKey> list(PageQuery query) {
        return keys.findAll(query.pageable());
    }

    /** Revokes a key at once on this replica; answers the key as it now is. Revoking twice changes nothing. */
    @Transactional
    ApiKeyView revoke(UUID id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no API key " + id));
        key.revoke(clock.instant());
        verified.values().removeIf(cached -> cached.caller().id().equals(callerId(id)));
        return ApiKeyView.of(key);
    }

    @Override
    public Optional<Caller> verify(String apiKey) {
        if (apiKey.length() != KEY_LENGTH || !apiKey.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(apiKey);
        long now = clock.millis();
        Cached cached = verified.get(hash);
        if (cached == null || cached.expiresAt() < now) {
            Optional<ApiKey> stored = transactions.execute(status -> keys.findByKeyHash(hash));
            if (stored.isEmpty() || stored.get().revoked()) {
                verified.remove(hash);
                return Optional.empty();
            }
            if (verified.size() >= CACHE_LIMIT) {
                verified.clear();
            }
            ApiKey key = stored.get();
            cached = new Cached(new Caller(callerId(key.id()), key.name(), key.role(), Caller.Via.API_KEY),
                    now + cacheTtlMillis);
            verified.put(hash, cached);
        }
        used.put(UUID.fromString(cached.caller().id().substring("key:".length())), clock.instant());
        return Optional.of(cached.caller());
    }

    /** Writes the last use of every key used since the previous flush; at most one update per key. */
    @Scheduled(fixedDelayString = "${cloudflux.gateway.security.last-used-flush:PT15S}")
    void flushLastUsed() {
        for (UUID id : used.keySet()) {
            Instant at = used.remove(id);
            if (at != null) {
                transactions.executeWithoutResult(status -> keys.touch(id, at));
            }
        }
    }

    private static String callerId(UUID id) {
        return "key:" + id;
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Cached(Caller caller, long expiresAt) {
    }
}
