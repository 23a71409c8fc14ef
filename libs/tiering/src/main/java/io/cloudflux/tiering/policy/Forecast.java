package io.cloudflux.tiering.policy;

/** What a forecaster expects of one object over the coming days, counted from the start of today. */
public interface Forecast {
    /** Expected data reads in the next {@code days} days. */
    double expectedReads(int days);

    /** Expected number of the next {@code days} days on which the object still exists (it may be deleted). */
    double expectedAliveDays(int days);
}
