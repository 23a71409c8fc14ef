package io.cloudflux.tiering.bill;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A bill that keeps every line for a person to read, as well as the totals. */
public final class ItemizedBill implements BillSink {
    /** One line: what was charged, for which days, where. */
    public record Line(int fromDay, int days, LineItem item, double usd, String where) {
        @Override
        public String toString() {
            String span = days == 1 ? "day " + fromDay : "days " + fromDay + "-" + (fromDay + days - 1);
            return String.format(Locale.ROOT, "%-12s %-15s %-28s %.9f", span, item.key(), where, usd);
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final Bill totals = new Bill();

    @Override
    public void charge(int fromDay, int days, LineItem item, double usd, Placement where) {
        lines.add(new Line(fromDay, days, item, usd, where.id()));
        totals.charge(fromDay, days, item, usd, where);
    }

    @Override
    public void transition(int day, Placement from, Placement to, String tier) {
        totals.transition(day, from, to, tier);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public Bill totals() {
        return totals;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.append(String.format(Locale.ROOT, "total %.9f USD, %d transitions", totals.total(), totals.transitions())).toString();
    }
}
