package io.cloudflux.tiering.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.cloudflux.tiering.bill.Bill;
import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.catalog.PriceCatalog;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;

class OracleTest {
    /** Short minimum durations and tier thresholds, so that a week exercises every rule. */
    private static final String SHORT_RULES = """
            providers:
              aws:
                classes:
                  STANDARD_IA: {minDurationDays: 3}
                  GLACIER_IR: {minDurationDays: 5}
                  GLACIER: {minDurationDays: 4}
                  INTELLIGENT_TIERING:
                    autoTiering:
                      tiers:
                        - {tier: frequent, afterIdleDays: 0, storagePerGbMonth: 0.023}
                        - {tier: infrequent, afterIdleDays: 2, storagePerGbMonth: 0.0125}
                        - {tier: archive-instant, afterIdleDays: 4, storagePerGbMonth: 0.004}
              gcp:
                classes:
                  NEARLINE: {minDurationDays: 2}
            """;

    private static final PriceCatalog SHORT = PriceCatalogLoader.withOverrides(
            List.of(new ByteArrayInputStream(SHORT_RULES.getBytes(StandardCharsets.UTF_8))));

    @Test
    void shouldFindTheCheapestOfAllPlansOnSmallCases() {
        CostModel model = new CostModel(SHORT, Provider.AWS, EnumSet.of(Provider.AWS, Provider.GCP));
        int[] allowed = {
            model.placement(Provider.AWS, "STANDARD").index(),
            model.placement(Provider.AWS, "STANDARD_IA").index(),
            model.placement(Provider.AWS, "GLACIER_IR").index(),
            model.placement(Provider.AWS, "GLACIER").index(),
            model.placement(Provider.AWS, "INTELLIGENT_TIERING").index(),
            model.placement(Provider.GCP, "NEARLINE").index()};
        Oracle oracle = new Oracle(model, allowed);
        SplittableRandom rnd = new SplittableRandom(7);
        long[] sizes = {50_000, 1L << 30, 20L << 30};
        for (int c = 0; c < 30; c++) {
            int days = 3 + rnd.nextInt(4);
            long size = sizes[rnd.nextInt(sizes.length)];
            boolean deleted = rnd.nextBoolean();
            DailyAccesses acc = new DailyAccesses();
            for (int d = 0; d < days; d++) {
                if (rnd.nextInt(3) == 0) {
                    acc.read(d, 1 + rnd.nextInt(40));
                }
            }

            Plan plan = oracle.solve(size, 0, days - 1, deleted, acc);

            double brute = bruteForce(oracle, allowed, size, days, deleted, acc);
            Bill billed = new Bill();
            oracle.bill(plan, size, 0, days - 1, deleted, acc, billed);
            assertThat(plan.costUsd()).as("case %d", c).isCloseTo(brute, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(billed.total()).as("metered plan, case %d", c)
                    .isCloseTo(plan.costUsd(), org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    /** Bills every sequence of daily placements with the meter and keeps the cheapest. */
    private static double bruteForce(Oracle oracle, int[] allowed, long size, int days, boolean deleted, DailyAccesses acc) {
        double best = Double.POSITIVE_INFINITY;
        for (Plan plan : everyPlan(allowed, 0, days, -1)) {
            Bill b = new Bill();
            oracle.bill(plan, size, 0, days - 1, deleted, acc, b);
            best = Math.min(best, b.total());
        }
        return best;
    }

    /** Every sequence of daily placements from day {@code first} on, after {@code current} from day 0 if not negative. */
    private static List<Plan> everyPlan(int[] allowed, int first, int days, int current) {
        int n = allowed.length;
        int plans = (int) Math.pow(n, days);
        List<Plan> all = new ArrayList<>(plans);
        for (int code = 0; code < plans; code++) {
            List<Integer> ds = new ArrayList<>();
            List<Integer> ps = new ArrayList<>();
            if (current >= 0) {
                ds.add(0);
                ps.add(current);
            }
            int x = code;
            for (int d = 0; d < days; d++) {
                int p = allowed[x % n];
                x /= n;
                if (ps.isEmpty() || ps.get(ps.size() - 1) != p) {
                    ds.add(first + d);
                    ps.add(p);
                }
            }
            all.add(new Plan(0, ds.stream().mapToInt(Integer::intValue).toArray(), ps.stream().mapToInt(Integer::intValue).toArray()));
        }
        return all;
    }

    @Test
    void shouldArchiveAnUnreadBackupAndKeepAHotObjectHot() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        Oracle oracle = new Oracle(model);
        DailyAccesses none = new DailyAccesses();
        DailyAccesses hot = new DailyAccesses();
        for (int d = 0; d < 365; d++) {
            hot.read(d, 100);
        }

        Plan backup = oracle.solve(10L << 30, 0, 364, false, none);
        Plan asset = oracle.solve(1L << 30, 0, 364, false, hot);

        assertThat(model.placement(backup.placements()[0]).storageClass().name()).isEqualTo("DEEP_ARCHIVE");
        assertThat(backup.moves()).isZero();
        assertThat(model.placement(asset.placements()[0]).storageClass().name()).isIn("STANDARD", "INTELLIGENT_TIERING");
    }

    @Test
    void shouldPlanForExpectedReadsAsCheaplyAsAnyScheduleOfManualClasses() {
        CostModel model = new CostModel(SHORT, Provider.AWS, EnumSet.of(Provider.AWS, Provider.GCP));
        int[] allowed = manual(model);
        Oracle oracle = new Oracle(model, allowed);
        SplittableRandom rnd = new SplittableRandom(11);
        long[] sizes = {50_000, 1L << 30, 20L << 30};
        for (int c = 0; c < 30; c++) {
            int days = 3 + rnd.nextInt(4);
            long size = sizes[rnd.nextInt(sizes.length)];
            boolean deleted = rnd.nextBoolean();
            double[] reads = new double[days];
            for (int d = 0; d < days; d++) {
                reads[d] = rnd.nextInt(3) == 0 ? 40 * rnd.nextDouble() : 0;
            }

            Plan plan = oracle.solveExpected(size, 0, days - 1, deleted, reads);

            double brute = bruteForceExpected(model, oracle, allowed, size, 0, days, deleted, reads, -1);
            assertThat(plan.costUsd()).as("case %d", c).isCloseTo(brute, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(expectedCost(model, oracle, plan, size, 0, days, deleted, reads)).as("plan as billed, case %d", c)
                    .isCloseTo(brute, org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void shouldPlanFromWhereAnObjectIsAndPayWhatItStillOwesThere() {
        CostModel model = new CostModel(SHORT, Provider.AWS, EnumSet.of(Provider.AWS, Provider.GCP));
        int[] allowed = manual(model);
        Oracle oracle = new Oracle(model, allowed);
        SplittableRandom rnd = new SplittableRandom(13);
        for (int c = 0; c < 40; c++) {
            int current = allowed[rnd.nextInt(allowed.length)];
            int stayed = rnd.nextInt(7);
            int days = 2 + rnd.nextInt(4);
            long size = rnd.nextBoolean() ? 1L << 30 : 50_000;
            boolean deleted = rnd.nextBoolean();
            double[] reads = new double[days];
            for (int d = 0; d < days; d++) {
                reads[d] = rnd.nextInt(2) == 0 ? 30 * rnd.nextDouble() : 0;
            }

            Plan plan = oracle.solveExpectedFrom(size, stayed, stayed + days - 1, deleted, reads, current, stayed);

            double brute = bruteForceExpected(model, oracle, allowed, size, stayed, days, deleted, reads, current);
            assertThat(plan.costUsd()).as("case %d", c).isCloseTo(brute, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(plan.placements()[0]).isEqualTo(current);
            assertThat(plan.days()[0]).isLessThanOrEqualTo(stayed);
        }
    }

    @Test
    void shouldSayWhereAPlanHasTheObjectAndWhenItMovesNext() {
        Plan plan = new Plan(0, new int[] {10, 15, 40}, new int[] {3, 1, 4});

        assertThat(plan.placementOn(9)).as("before the plan starts").isEqualTo(3);
        assertThat(plan.placementOn(14)).isEqualTo(3);
        assertThat(plan.placementOn(15)).isEqualTo(1);
        assertThat(plan.placementOn(100)).isEqualTo(4);
        assertThat(plan.nextMoveAfter(10)).isEqualTo(15);
        assertThat(plan.nextMoveAfter(15)).isEqualTo(40);
        assertThat(plan.nextMoveAfter(40)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void shouldRefuseToPriceAutomaticTieringFromExpectedReads() {
        CostModel model = new CostModel(SHORT, Provider.AWS);
        Oracle oracle = new Oracle(model);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> oracle.solveExpected(1L << 30, 0, 9, false, new double[10]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("automatic tiering");
    }

    private static int[] manual(CostModel model) {
        return new int[] {
            model.placement(Provider.AWS, "STANDARD").index(),
            model.placement(Provider.AWS, "STANDARD_IA").index(),
            model.placement(Provider.AWS, "GLACIER_IR").index(),
            model.placement(Provider.AWS, "GLACIER").index(),
            model.placement(Provider.GCP, "NEARLINE").index()};
    }

    /**
     * The least expected cost over every sequence of daily placements from day {@code first} on: a fresh object if
     * {@code current} is negative, else one put at {@code current} on day 0 and kept there until {@code first} (what
     * it cost until then is not counted).
     */
    private static double bruteForceExpected(CostModel model, Oracle oracle, int[] allowed, long size, int first, int days,
            boolean deleted, double[] reads, int current) {
        double best = Double.POSITIVE_INFINITY;
        for (Plan plan : everyPlan(allowed, first, days, current)) {
            double cost = expectedCost(model, oracle, plan, size, first, days, deleted, reads);
            if (current >= 0) {
                cost -= model.writeUsd(current) + first * model.storagePerDay(current, size);
            }
            best = Math.min(best, cost);
        }
        return best;
    }

    /**
     * A plan's bill without reads, plus each day's expected reads at the price of where the plan has the object; a
     * class that restores before a read pays its restore on the chance of a read that day, reads being Poisson, and a
     * move out of it the next day is spared its retrieval on that chance.
     */
    private static double expectedCost(CostModel model, Oracle oracle, Plan plan, long size, int first, int days,
            boolean deleted, double[] reads) {
        Bill b = new Bill();
        oracle.bill(plan, size, plan.days()[0], first + days - 1, deleted, new DailyAccesses(), b);
        double cost = b.total();
        int k = 0;
        for (int d = 0; d < days; d++) {
            while (k + 1 < plan.days().length && plan.days()[k + 1] <= first + d) {
                k++;
            }
            int p = plan.placements()[k];
            cost += reads[d] * model.perReadUsd(p, size) - Math.expm1(-reads[d]) * model.readDayUsd(p, size);
        }
        for (int m = 1; m < plan.days().length; m++) {
            int yesterday = plan.days()[m] - 1 - first;
            if (yesterday >= 0 && yesterday < days) {
                cost += Math.expm1(-reads[yesterday])
                        * model.retrievalRestoredUsd(plan.placements()[m - 1], plan.placements()[m], size);
            }
        }
        return cost;
    }
}
