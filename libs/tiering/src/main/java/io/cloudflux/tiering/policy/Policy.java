package io.cloudflux.tiering.policy;

/**
 * An online placement policy. It sees only the past: it places an object when it is written, may
 * react to each read (the move takes effect the next day), and reviews the object once a day,
 * at the start of the day. {@link #nextReview} lets a policy say on which day its review could next
 * change anything, so that an idle object costs no work until then; the default is every day.
 * Placements are indexes of the {@link io.cloudflux.tiering.bill.CostModel} the policy was made for.
 */
public interface Policy {
    int NEVER = Integer.MAX_VALUE;

    String name();

    /** Where a new object is written. */
    int place(ObjectView o, int day);

    /** After {@code count} reads on {@code day}; the returned placement applies from {@code day + 1}. */
    default int onRead(ObjectView o, int day, int count) {
        return o.placement();
    }

    /** The placement for {@code day}, decided at its start, before its reads. */
    default int review(ObjectView o, int day) {
        return o.placement();
    }

    /** The next day after {@code day} on which {@link #review} should run, or {@link #NEVER}. */
    default int nextReview(ObjectView o, int day) {
        return day + 1;
    }

    /** The object was deleted on {@code lastDay}, or the trace ended. */
    default void onEnd(ObjectView o, int lastDay, boolean deleted) {
    }
}
