package io.cloudflux.tiering.bill;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Totals per line item and the number of transitions. Money is kept as double USD: a bill sums
 * at most a few hundred million positive terms of 1e-12..1e3, so the relative rounding error stays
 * far below a micro-dollar on the totals that are reported; keeping fractions of a micro-dollar
 * matters more here (a GET costs 4e-7 USD) than exact decimal cents, which no bill in this module is.
 */
public final class Bill implements BillSink {
    private final double[] lines = new double[LineItem.values().length];
    private long transitions;
    /** The same lines per placement (by {@link Placement#index()}), for finding where the money goes. */
    private double[][] byPlacement = new double[0][];
    private Placement[] placements = new Placement[0];

    @Override
    public void charge(int fromDay, int days, LineItem item, double usd, Placement where) {
        lines[item.ordinal()] += usd;
        if (where != null) {
            row(where)[item.ordinal()] += usd;
        }
    }

    private double[] row(Placement where) {
        int i = where.index();
        if (i >= byPlacement.length) {
            byPlacement = Arrays.copyOf(byPlacement, i + 1);
            placements = Arrays.copyOf(placements, i + 1);
        }
        if (byPlacement[i] == null) {
            byPlacement[i] = new double[lines.length];
            placements[i] = where;
        }
        return byPlacement[i];
    }

    /** Line items per placement that was charged anything, in the cost model's order: {@code aws:GLACIER → {storage: …}}. */
    public Map<Placement, Map<LineItem, Double>> byPlacement() {
        Map<Placement, Map<LineItem, Double>> out = new LinkedHashMap<>();
        for (int i = 0; i < byPlacement.length; i++) {
            if (byPlacement[i] != null) {
                Map<LineItem, Double> items = new LinkedHashMap<>();
                for (LineItem item : LineItem.values()) {
                    items.put(item, byPlacement[i][item.ordinal()]);
                }
                out.put(placements[i], items);
            }
        }
        return out;
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
        for (Map.Entry<Placement, Map<LineItem, Double>> e : other.byPlacement().entrySet()) {
            double[] row = row(e.getKey());
            e.getValue().forEach((item, usd) -> row[item.ordinal()] += usd);
        }
    }
}
