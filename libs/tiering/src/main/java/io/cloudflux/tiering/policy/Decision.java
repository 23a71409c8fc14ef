package io.cloudflux.tiering.policy;

import java.util.List;
import java.util.Locale;

import io.cloudflux.tiering.bill.Placement;

/**
 * One review of one object, with the numbers behind it: what the forecast said and every option priced, as a
 * person checking a recommendation would want to see them (DESIGN.md §4).
 *
 * @param day              the review day
 * @param current          where the object is
 * @param chosen           where the policy puts it (its current placement when it stays or waits)
 * @param expectedReads30  forecast reads in the next 30 days
 * @param expectedReadsAll forecast reads over the whole pricing window
 * @param expectedAliveAll forecast days alive in the window
 * @param windowDays       the pricing window
 * @param options          every option priced, cheapest first by {@link Option#comparedUsd}
 */
public record Decision(int day, Placement current, Placement chosen, double expectedReads30, double expectedReadsAll,
                       double expectedAliveAll, int windowDays, List<Option> options) {

    public Decision {
        options = List.copyOf(options);
    }

    /** The kinds of option a review prices. */
    public enum Kind {
        /** Stay where the object is for the whole window. */
        STAY,
        /** Move now and stay there for the window. */
        MOVE,
        /** Stay where it is for {@code days}, then move to {@code then}: waiting. */
        WAIT_THEN_MOVE,
        /** Move to {@code placement} for {@code days} (the hottest class), then on to {@code then}. */
        STEP_OUT
    }

    /**
     * One priced option.
     *
     * @param kind        what it does
     * @param placement   where the object is during the option (or its first phase)
     * @param then        where a two-phase option moves it after {@code days}, else null
     * @param days        the first phase of a two-phase option, else 0
     * @param totalUsd    expected cost over the window
     * @param comparedUsd the same with the policy's margins applied (hysteresis for staying, a premium for
     *                    another cloud): the figure the options are ranked by; infinite for an option the
     *                    policy does not weigh in this review: a wait when staying already beats every move
     *                    (the object stays either way), a step out more than 30 days after an access
     */
    public record Option(Kind kind, Placement placement, Placement then, int days, double totalUsd, double comparedUsd) {
        @Override
        public String toString() {
            String where = then == null ? placement.id() : placement.id() + " " + days + " d → " + then.id();
            String ranked = Double.isInfinite(comparedUsd) ? "not weighed in this review"
                    : String.format(Locale.ROOT, "ranked as %.6f", comparedUsd);
            return String.format(Locale.ROOT, "%-15s %-50s %12.6f USD (%s)", kind, where, totalUsd, ranked);
        }
    }

    /** A readable table: the forecast, then every option, cheapest first. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "day %d at %s -> %s; forecast: %.3f reads in 30 days, %.3f in %d, %.1f days alive%n", day, current.id(),
                chosen.id(), expectedReads30, expectedReadsAll, windowDays, expectedAliveAll));
        for (Option o : options) {
            s.append("  ").append(o).append(System.lineSeparator());
        }
        return s.toString();
    }
}
