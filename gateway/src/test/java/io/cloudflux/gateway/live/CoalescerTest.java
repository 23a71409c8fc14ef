package io.cloudflux.gateway.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.cloudflux.gateway.live.Coalescer.Batch;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    static final Duration INTERVAL = Duration.ofMillis(500);

    final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-07T12:00:00Z"));
    final Coalescer<String> coalescer = new Coalescer<>(INTERVAL, 3, clock);

    @Test
    void shouldAskForAnImmediateFlushWhenTheDestinationHasBeenQuiet() {
        assertThat(coalescer.offer("a", "a1")).hasValue(Duration.ZERO);
    }

    @Test
    void shouldAskForOneFlushOnlyUntilItHappens() {
        coalescer.offer("a", "a1");

        assertThat(coalescer.offer("b", "b1")).isEmpty();
        assertThat(coalescer.offer("c", "c1")).isEmpty();
    }

    @Test
    void shouldDelayTheNextFlushUntilAnIntervalAfterTheLastOne() {
        coalescer.offer("a", "a1");
        coalescer.flush();
        clock.advance(Duration.ofMillis(200));

        assertThat(coalescer.offer("a", "a2")).hasValue(Duration.ofMillis(300));
    }

    @Test
    void shouldFlushAtOnceAgainWhenTheLastFlushIsAnIntervalOld() {
        coalescer.offer("a", "a1");
        coalescer.flush();
        clock.advance(Duration.ofMillis(700));

        assertThat(coalescer.offer("a", "a2")).hasValue(Duration.ZERO);
    }

    @Test
    void shouldKeepOnlyTheLatestItemPerIdentityAndCountTheOthersAsDropped() {
        coalescer.offer("a", "a1");
        coalescer.offer("b", "b1");
        coalescer.offer("a", "a2");
        coalescer.offer("a", "a3");

        assertThat(coalescer.flush()).hasValue(new Batch<>(clock.instant(), List.of("b1", "a3"), 2));
    }

    @Test
    void shouldKeepTheMostRecentlyUpdatedItemsWhenOverTheCap() {
        IntStream.rangeClosed(1, 5).forEach(i -> coalescer.offer("k" + i, "v" + i));
        coalescer.offer("k1", "v1'");

        assertThat(coalescer.flush()).hasValue(new Batch<>(clock.instant(), List.of("v4", "v5", "v1'"), 3));
    }

    @Test
    void shouldStartAfreshAfterAFlush() {
        coalescer.offer("a", "a1");
        coalescer.offer("a", "a2");
        coalescer.flush();
        clock.advance(INTERVAL);
        coalescer.offer("b", "b1");

        assertThat(coalescer.flush()).hasValue(new Batch<>(clock.instant(), List.of("b1"), 0));
    }

    @Test
    void shouldHaveNothingToFlushWhenNothingArrived() {
        assertThat(coalescer.flush()).isEmpty();
    }

    @Test
    void shouldKeepAnEmptyFlushFromDelayingTheNextOffer() {
        coalescer.flush();

        assertThat(coalescer.offer("a", "a1")).hasValue(Duration.ZERO);
    }

    @Test
    void shouldPublishABurstOfThousandsAsOneMessagePerIntervalWithEveryRecordAccountedFor() {
        long published = 0;
        long dropped = 0;
        int messages = 0;
        for (int i = 0; i < 5_000; i++) {
            coalescer.offer("object-" + (i % 50), "v" + i);
            if (i % 1_000 == 999) {
                Batch<String> batch = coalescer.flush().orElseThrow();
                published += batch.items().size();
                dropped += batch.dropped();
                messages++;
                clock.advance(INTERVAL);
            }
        }

        assertThat(messages).isEqualTo(5);
        assertThat(published + dropped).isEqualTo(5_000);
        assertThat(published).isEqualTo(15);
    }
}
