package io.cloudflux.gateway.live;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The messages each stream published in the last minutes, in Redis: one sorted set per stream scored by publication
 * time, trimmed by age and by count on every write and filtered by age on every read.
 */
@Component
class LiveHistory {

    static final String KEY_PREFIX = "cloudflux:gateway:live:";

    private final StringRedisTemplate redis;
    private final LiveProperties.History settings;
    private final Clock clock;

    LiveHistory(StringRedisTemplate redis, LiveProperties properties, ObjectProvider<Clock> clock) {
        this.redis = redis;
        this.settings = properties.history();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    void append(String stream, Instant at, String envelope) {
        String key = key(stream);
        long now = clock.millis();
        redis.opsForZSet().add(key, envelope, at.toEpochMilli());
        redis.opsForZSet().removeRangeByScore(key, Double.NEGATIVE_INFINITY, oldestKept(now) - 1);
        redis.opsForZSet().removeRange(key, 0, -settings.maxMessages() - 1L);
        // A replica that stops leaves nothing behind for longer than its history would have lasted.
        redis.expire(key, settings.age());
    }

    /** The stream's envelopes of the last minutes, oldest first. */
    List<String> recent(String stream) {
        Set<String> envelopes = redis.opsForZSet().rangeByScore(key(stream), oldestKept(clock.millis()),
                Double.POSITIVE_INFINITY);
        return envelopes == null ? List.of() : List.copyOf(envelopes);
    }

    private double oldestKept(long now) {
        return now - settings.age().toMillis();
    }

    private String key(String stream) {
        return KEY_PREFIX + settings.replica() + ":history:" + stream;
    }
}
