package io.cloudflux.sync.scan;

/** What one page added to its run's counters. */
record PageTally(long objects, long bytes, long created, long changed, long leftovers) {

    static final PageTally NONE = new PageTally(0, 0, 0, 0, 0);
}
