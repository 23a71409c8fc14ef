package io.cloudflux.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.cloudflux.gateway.live.AccessRateWindow.AccessRate;
import org.junit.jupiter.api.Test;

class AccessRateWindowTest {

    static final Instant START = Instant.parse("2026-12-07T12:00:00Z");

    final AccessRateWindow window = new AccessRateWindow(START);

    @Test
    void shouldCountEventsBytesAndOperationsOfTheWindow() {
        window.count("GET", 1_000);
        window.count("GET", 500);
        window.count("PUT", 10);

        AccessRate rate = window.close(START.plusSeconds(2));

        assertThat(rate.windowStart()).isEqualTo(START);
        assertThat(rate.windowEnd()).isEqualTo(START.plusSeconds(2));
        assertThat(rate.events()).isEqualTo(3);
        assertThat(rate.bytes()).isEqualTo(1_510);
        assertThat(rate.eventsPerSecond()).isEqualTo(1.5);
        assertThat(rate.byOperation()).containsEntry("GET", 2L).containsEntry("PUT", 1L).containsEntry("HEAD", 0L);
    }

    @Test
    void shouldAnswerAZeroWindowWithEveryOperationWhenNothingFlowed() {
        AccessRate rate = window.close(START.plusSeconds(1));

        assertThat(rate.events()).isZero();
        assertThat(rate.eventsPerSecond()).isZero();
        assertThat(rate.byOperation()).containsOnlyKeys("GET", "PUT", "HEAD", "DELETE", "COPY", "LIST")
                .allSatisfy((operation, count) -> assertThat(count).isZero());
    }

    @Test
    void shouldOpenTheNextWindowWhereTheLastOneClosed() {
        window.count("GET", 1);
        window.close(START.plusSeconds(1));

        AccessRate next = window.close(START.plusSeconds(2));

        assertThat(next.windowStart()).isEqualTo(START.plusSeconds(1));
        assertThat(next.events()).isZero();
    }
}
