package io.cloudflux.tiering.bill;

/**
 * Totals per line item and the number of transitions. Money is kept as double USD: a bill sums
 * at most a few hundred million positive terms of 1e-12..1e3, so the relative rounding error stays
 * far below a micro-dollar on the totals that are reported; keeping fractions of a micro-dollar
 * matters more here (a GET costs 4e-7 USD) than exact decimal cents, which no bill in this module is.
 */
public final class Bill implements BillSink {
    private final double[] lines = new double[LineItem.values().length];
    private long transitions;

    @Override
    public void charge(int fromDay, int days, LineItem item, double usd, Placement where) {
        lines[item.ordinal()] += usd;
    }

    @Override
    public void transition(int day, Placement from, Placement to, String tier) {
        transitions++;
    }

    public double line(LineItem item) {
        return lines[item.ordinal()];
    }

    public double total() {
        double t = 0;
        for (double v : lines) {
            t += v;
        }
        return t;
    }

    public long transitions() {
        return transitions;
    }

    public void add(Bill other) {
        for (int i = 0; i < lines.length; i++) {
            lines[i] += other.lines[i];
        }
        transitions += other.transitions;
    }
}
