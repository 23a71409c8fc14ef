package io.cloudflux.tiering.policy;

/** What a forecaster expects of one object over the coming days, counted from the start of today. */
public interface Forecast {
    /** Expected data reads in the next {@code days} days. */
    double expectedReads(int days);

    /**
     * Expected number of the next {@code days} days with at least one read: what a class that restores before a read
     * pays its restore on. By default every read is on a day of its own, which never prices a restore too cheaply.
     */
    default double expectedReadDays(int days) {
        return expectedReads(days);
    }

    /** Expected number of the next {@code days} days on which the object still exists (it may be deleted). */
    double expectedAliveDays(int days);
}
