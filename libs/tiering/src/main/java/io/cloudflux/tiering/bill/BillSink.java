package io.cloudflux.tiering.bill;

/** Receives the charges of an object's life as the meter computes them. */
public interface BillSink {
    /** {@code usd} for {@code days} days starting at {@code fromDay} (1 for one-off charges), while at {@code where}. */
    void charge(int fromDay, int days, LineItem item, double usd, Placement where);

    /** The object changed class or tier on {@code day}. */
    default void transition(int day, Placement from, Placement to, String tier) {
    }
}
