package io.cloudflux.sync.clouds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ListRateLimiterTest {

    private Instant now = Instant.parse("2025-06-01T00:00:00Z");
    private final List<Duration> slept = new ArrayList<>();

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void shouldAllowASecondsWorthOfCallsAtOnceThenOneCallPerTokenRefilled() throws Exception {
        ListRateLimiter limiter = new ListRateLimiter(4, clock, d -> {
            slept.add(d);
            now = now.plus(d);
        });

        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }
        assertThat(slept).isEmpty();

        limiter.acquire();
        assertThat(slept).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void shouldNotSaveUpMoreThanOneSecondOfCallsWhileIdle() {
        ListRateLimiter limiter = new ListRateLimiter(2, clock, d -> now = now.plus(d));
        now = now.plus(Duration.ofMinutes(10));

        assertThat(limiter.tryAcquire()).isZero();
        assertThat(limiter.tryAcquire()).isZero();
        assertThat(limiter.tryAcquire()).isEqualTo(Duration.ofMillis(500));
    }
}
