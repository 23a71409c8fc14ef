package io.cloudflux.tiering.policy;

/** A policy that can show the numbers behind a review: every option it priced and which one won. */
public interface Explaining {
    /** The review of {@code o} on {@code day}, with its numbers; the same placement {@link Policy#review} returns. */
    Decision explain(ObjectView o, int day);
}
