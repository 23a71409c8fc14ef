package io.cloudflux.storage.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.ThrottledException;
import io.cloudflux.storage.TransientException;
import org.junit.jupiter.api.Test;

class RetrierTest {

    private final List<Duration> waits = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
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
    private final Sleeper sleeper = duration -> {
        waits.add(duration);
        now = now.plus(duration);
    };

    private Retrier retrier(RetryPolicy policy) {
        return new Retrier(policy, clock, sleeper, new SplittableRandom(1));
    }

    @Test
    void shouldRetryTransientFailuresUntilTheOperationSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retrier(RetryPolicy.DEFAULT).call("op", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new TransientException("503");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void shouldNotRetryAFailureThatRetryingCannotFix() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retrier(RetryPolicy.DEFAULT).call("op", () -> {
            attempts.incrementAndGet();
            throw new PermanentException("403");
        })).isInstanceOf(PermanentException.class);
        assertThatThrownBy(() -> retrier(RetryPolicy.DEFAULT).call("op", () -> {
            throw new NotFoundException("404");
        })).isInstanceOf(NotFoundException.class);

        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void shouldWaitAtLeastAsLongAsAThrottlingProviderAsked() {
        AtomicInteger attempts = new AtomicInteger();

        retrier(RetryPolicy.DEFAULT).call("op", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ThrottledException("SlowDown", Duration.ofSeconds(7));
            }
            return null;
        });

        assertThat(waits).singleElement().satisfies(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void shouldKeepEveryWaitUnderItsExponentialCeiling() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofHours(1));

        assertThatThrownBy(() -> retrier(policy).call("op", () -> {
            throw new TransientException("reset");
        })).isInstanceOf(TransientException.class);

        assertThat(waits).hasSize(9);
        for (int i = 0; i < waits.size(); i++) {
            assertThat(waits.get(i)).isLessThanOrEqualTo(policy.ceilingAfter(i + 1));
        }
        assertThat(policy.ceilingAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.ceilingAfter(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.ceilingAfter(9)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldGiveUpWhenTheNextWaitWouldEndPastTheDeadline() {
        RetryPolicy policy = new RetryPolicy(100, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5));
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retrier(policy).call("op", () -> {
            attempts.incrementAndGet();
            throw new ThrottledException("429", Duration.ofSeconds(2));
        })).isInstanceOf(ThrottledException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).isNotEmpty());

        assertThat(attempts.get()).isBetween(2, 3);
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(Duration.ofSeconds(5));
    }
}
