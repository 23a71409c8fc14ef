package io.cloudflux.storage.retry;

import java.time.Duration;

/** Waits between attempts; tests pass one that advances a clock instead. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the current thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
