package io.cloudflux.tiering.policy;

/**
 * What an online policy may know about one object: what its upload revealed (key, size, day)
 * and its accesses so far, plus where this policy has put it. Nothing about the future.
 */
public interface ObjectView {
    String key();

    long sizeBytes();

    int putDay();

    /**
     * The UTC calendar date of replay day {@code day}, as days since 1970-01-01: a real system knows
     * the date, and with it the weekday and the day of the month (backup rotations and reports follow them).
     */
    long epochDay(int day);

    /** Day of the last data read, -1 if never read. */
    int lastReadDay();

    /** Day of the last data access: the upload or the last read. */
    int lastAccessDay();

    long reads();

    /** Number of distinct days with at least one read. */
    int readDays();

    /** This policy's current placement (an index of the cost model). */
    int placement();

    /** Day the object entered its current placement. */
    int placedDay();

    /** Per-object state the policy keeps (null until it sets one). */
    Object policyState();

    void policyState(Object state);
}
