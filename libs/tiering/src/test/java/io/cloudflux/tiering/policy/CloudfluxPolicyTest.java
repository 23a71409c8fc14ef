package io.cloudflux.tiering.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;

/** Decisions of the policy with a forecaster that always says the same. */
class CloudfluxPolicyTest {
    private static final long GIB = 1L << 30;

    /** λ reads a day, never deleted. */
    private record Constant(double lambda) implements Forecast {
        @Override
        public double expectedReads(int days) {
            return lambda * days;
        }

        @Override
        public double expectedAliveDays(int days) {
            return days;
        }
    }

    /** {@code busy} reads a day for the next {@code days} days, then λ a day, never deleted. */
    private record Burst(double busy, int days, double lambda) implements Forecast {
        @Override
        public double expectedReads(int d) {
            return busy * Math.min(d, days) + lambda * Math.max(0, d - days);
        }

        @Override
        public double expectedAliveDays(int d) {
            return d;
        }
    }

    /** {@code perYear} reads a year, {@code perReadDay} of them on each day with a read, never deleted. */
    private record Bunched(double perYear, double perReadDay) implements Forecast {
        @Override
        public double expectedReads(int days) {
            return perYear * days / 365;
        }

        @Override
        public double expectedReadDays(int days) {
            return expectedReads(days) / perReadDay;
        }

        @Override
        public double expectedAliveDays(int days) {
            return days;
        }
    }

    private static final class FixedForecaster implements Forecaster {
        private final Forecast forecast;

        FixedForecaster(Forecast forecast) {
            this.forecast = forecast;
        }

        @Override
        public Object track(ObjectView o, int day) {
            return null;
        }

        @Override
        public void observeRead(Object state, ObjectView o, int day, int count) {
        }

        @Override
        public void observeEnd(Object state, ObjectView o, int lastDay, boolean deleted) {
        }

        @Override
        public Forecast forecast(Object state, ObjectView o, int day) {
            return forecast;
        }
    }

    /** A GiB written on day 0 (2026-01-01). */
    private interface Gib extends ObjectView {
        @Override
        default long sizeBytes() {
            return GIB;
        }

        @Override
        default int putDay() {
            return 0;
        }

        @Override
        default long epochDay(int day) {
            return java.time.LocalDate.of(2026, 1, 1).toEpochDay() + day;
        }
    }

    private record View(int placement, int placedDay, int lastAccessDay) implements Gib {
        @Override
        public String key() {
            return "projects/prj-0001/report.pdf";
        }

        @Override
        public int lastReadDay() {
            return lastAccessDay > 0 ? lastAccessDay : -1;
        }

        @Override
        public long reads() {
            return lastAccessDay > 0 ? 1 : 0;
        }

        @Override
        public int readDays() {
            return (int) reads();
        }

        @Override
        public Object policyState() {
            return null;
        }

        @Override
        public void policyState(Object state) {
        }
    }

    @Test
    void shouldDiscountExpectedReadsByTheObjectsOwnIdleDays() {
        Forecast f = new Constant(0.05);

        Forecast d = CloudfluxPolicy.idleDiscounted(f, 200);

        // posterior mean of a gamma(k = 1) rate after 200 idle days: λ / (1 + 200 λ) = λ / 11
        assertThat(d.expectedReads(30)).isCloseTo(1.5 / 11, within(1e-12));
        assertThat(d.expectedReads(180)).isCloseTo(9.0 / 11, within(1e-12));
        assertThat(d.expectedAliveDays(90)).isEqualTo(90);
        assertThat(CloudfluxPolicy.idleDiscounted(f, 0)).isSameAs(f);
    }

    @Test
    void shouldKeepALongIdleObjectInDeepArchiveThatAFreshForecastWouldTakeOut() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int deep = model.placements().indexOf(model.placement(Provider.AWS, "DEEP_ARCHIVE"));
        CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(new Constant(0.05)));

        // same forecast, commitment served: read yesterday it leaves, idle for 200 days it stays
        assertThat(policy.review(new View(deep, 0, 199), 200)).isNotEqualTo(deep);
        assertThat(policy.review(new View(deep, 0, 0), 200)).isEqualTo(deep);
    }

    @Test
    void shouldNotLetTheIdleDiscountPushAnObjectDeeper() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.GCP);
        int coldline = model.placements().indexOf(model.placement(Provider.GCP, "COLDLINE"));
        int archive = model.placements().indexOf(model.placement(Provider.GCP, "ARCHIVE"));
        CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(new Constant(0.05)));

        // the discounted forecast keeps it out of warmer classes, the undiscounted one prices ARCHIVE
        assertThat(policy.review(new View(coldline, 0, 0), 200)).isNotEqualTo(archive);
    }

    @Test
    void shouldMoveAnIdleObjectDeeperNowWhenWaitingADayOwesNothing() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int glacier = model.placements().indexOf(model.placement(Provider.AWS, "GLACIER"));
        int deep = model.placements().indexOf(model.placement(Provider.AWS, "DEEP_ARCHIVE"));
        CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(new Constant(0.7 / 365)));
        View idle = new View(glacier, 0, 30);

        // commitment served, a read or so a year: Deep Archive is cheaper whether or not the idle days are believed;
        // a plan that waits a day before the move must price Deep Archive's reads as the move does, or it wins
        // every review and the move never comes (a month-start partition kept in GLACIER for good)
        Decision d = policy.explain(idle, 200);

        assertThat(policy.review(idle, 200)).isEqualTo(deep);
        double moveNow = d.options().stream().filter(o -> o.kind() == Decision.Kind.MOVE && o.placement().index() == deep)
                .findFirst().orElseThrow().totalUsd();
        assertThat(d.options()).filteredOn(o -> o.kind() == Decision.Kind.WAIT_THEN_MOVE && o.then().index() == deep)
                .allSatisfy(o -> assertThat(o.totalUsd()).isGreaterThan(moveNow));
    }

    @Test
    void shouldWriteAFileBusyForThreeDaysHotAndArchiveItAfterwardsNotAtUpload() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int standard = model.hottest().index();
        int deep = model.placements().indexOf(model.placement(Provider.AWS, "DEEP_ARCHIVE"));

        // two reads a day for three days, then one a year: Deep Archive for the year beats STANDARD for it, but
        // the three busy days in STANDARD first beat both (six retrievals avoided for three days' storage)
        int written = new CloudfluxPolicy(model, new FixedForecaster(new Burst(2, 3, 1 / 365.0))).place(new View(-1, 0, 0), 0);
        int afterwards = new CloudfluxPolicy(model, new FixedForecaster(new Constant(1 / 365.0))).review(new View(standard, 0, 2), 3);

        assertThat(written).isEqualTo(standard);
        assertThat(afterwards).isEqualTo(deep);
    }

    @Test
    void shouldPriceAnArchiveThatRestoresBeforeAReadByTheDaysWithReadsNotByTheReads() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int deep = model.placements().indexOf(model.placement(Provider.AWS, "DEEP_ARCHIVE"));

        // 20 reads a year of 1 GiB: on two days (ten each) Deep Archive restores twice, 2 × (0.02 + a day of the
        // STANDARD copy) + a year at 0.00099 ≈ 0.05 $; one a day they would be 20 restores, 0.41 $, dearer than others
        int bunched = new CloudfluxPolicy(model, new FixedForecaster(new Bunched(20, 10))).place(new View(-1, 0, 0), 0);
        int spread = new CloudfluxPolicy(model, new FixedForecaster(new Bunched(20, 1))).place(new View(-1, 0, 0), 0);

        assertThat(bunched).isEqualTo(deep);
        assertThat(spread).isNotEqualTo(deep);
    }

    @Test
    void shouldPriceAMoveOutTheDayAfterARestoreWithoutASecondRetrieval() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int glacier = model.placements().indexOf(model.placement(Provider.AWS, "GLACIER"));
        int standard = model.hottest().index();
        CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(new Constant(0)));

        double afterRestore = moveTo(policy.explain(new View(glacier, 0, 99), 100), standard);
        double later = moveTo(policy.explain(new View(glacier, 0, 98), 100), standard);

        // read yesterday, the restored copy is still there: the copy out pays no 0.01 $/GB + 0.05 per 1,000 again
        assertThat(later - afterRestore).isCloseTo(0.01 + 0.05 / 1000, within(1e-12));
    }

    private static double moveTo(Decision d, int placement) {
        return d.options().stream().filter(o -> o.kind() == Decision.Kind.MOVE && o.placement().index() == placement)
                .findFirst().orElseThrow().totalUsd();
    }

    @Test
    void shouldStepAnArchivedObjectOutForItsBusyDaysOnly() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int standard = model.hottest().index();
        int deep = model.placements().indexOf(model.placement(Provider.AWS, "DEEP_ARCHIVE"));

        // in Deep Archive for 100 days, read yesterday, three reads a day expected for a week, then quiet again:
        // out to STANDARD (a plan that goes back), not a stay that pays 21 retrievals
        int during = new CloudfluxPolicy(model, new FixedForecaster(new Burst(3, 7, 1 / 365.0))).review(new View(deep, 0, 99), 100);

        assertThat(during).isEqualTo(standard);
    }

    @Test
    void shouldNotStepOutWhereWaitingHereBeatsIt() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int glacier = model.placements().indexOf(model.placement(Provider.AWS, "GLACIER"));
        CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(new Burst(0.2, 7, 0.003)));
        View view = new View(glacier, 60, 98);

        // 40 of GLACIER's 90 days served, read two days ago (its restored copy is gone: a step out restores again), 1.4
        // reads expected this week: a week in STANDARD before Deep Archive beats staying in GLACIER, but staying the
        // commitment out before Deep Archive beats both; the step out was once weighed against staying only, and an
        // object could go back and forth between two classes
        Decision d = policy.explain(view, 100);

        assertThat(policy.review(view, 100)).isEqualTo(glacier);
        double stepOut = d.options().stream().filter(o -> o.kind() == Decision.Kind.STEP_OUT).findFirst().orElseThrow()
                .comparedUsd();
        double stay = d.options().stream().filter(o -> o.kind() == Decision.Kind.STAY).findFirst().orElseThrow()
                .comparedUsd();
        assertThat(stepOut).isLessThan(stay);
        assertThat(d.options().get(0).kind()).isEqualTo(Decision.Kind.WAIT_THEN_MOVE);
    }

    /** An object the policy placed, read on {@code readDays} days up to {@code lastRead}; it keeps the policy's state. */
    private static final class Placed implements Gib {
        int placement;
        int lastRead;
        int readDays;
        private Object state;

        @Override
        public String key() {
            return "static/img/logo.png";
        }

        @Override
        public int lastReadDay() {
            return lastRead;
        }

        @Override
        public int lastAccessDay() {
            return lastRead;
        }

        @Override
        public long reads() {
            return readDays;
        }

        @Override
        public int readDays() {
            return readDays;
        }

        @Override
        public int placement() {
            return placement;
        }

        @Override
        public int placedDay() {
            return 0;
        }

        @Override
        public Object policyState() {
            return state;
        }

        @Override
        public void policyState(Object s) {
            state = s;
        }
    }

    @Test
    void shouldLeaveAnObjectReadEveryDayInTheHottestClassAloneForAWeekReadsOrNot() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(new Constant(20)));
        Placed o = new Placed();
        o.placement = policy.place(o, 0);
        assertThat(o.placement).isEqualTo(model.hottest().index());
        o.lastRead = 9;
        o.readDays = 10;

        // twenty reads a day of a GiB: every colder class costs many times STANDARD; read yesterday on ten days
        assertThat(policy.review(o, 10)).isEqualTo(o.placement);

        assertThat(policy.nextReview(o, 10)).isEqualTo(10 + CloudfluxPolicy.QUIET_DAYS);
        // a read today does not bring it forward: a read only makes the hottest class better
        o.lastRead = 10;
        assertThat(policy.nextReview(o, 10)).isEqualTo(10 + CloudfluxPolicy.QUIET_DAYS);
    }

    @Test
    void shouldReviewAnObjectFreshFromItsFirstReadsOrNearlyWorthMovingTheNextDay() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int hottest = model.hottest().index();
        // read on two days only: not yet known to be hot
        CloudfluxPolicy busy = new CloudfluxPolicy(model, new FixedForecaster(new Constant(20)));
        Placed fresh = new Placed();
        fresh.placement = busy.place(fresh, 0);
        fresh.lastRead = 1;
        fresh.readDays = 2;
        assertThat(busy.review(fresh, 2)).isEqualTo(hottest);
        assertThat(busy.nextReview(fresh, 2)).isEqualTo(3);

        // read on ten days, but a read every tenth day of a GiB is not far from where Standard-IA pays (a year there
        // costs 1.85 times STANDARD): reviewed daily
        CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(new Constant(0.1)));
        Placed near = new Placed();
        policy.place(near, 0);
        near.placement = hottest;
        near.lastRead = 9;
        near.readDays = 10;
        assertThat(policy.review(near, 10)).isEqualTo(hottest);
        assertThat(policy.nextReview(near, 10)).isEqualTo(11);
    }

    @Test
    void shouldReviewAnObjectBelowTheHottestClassAtTwoFourAndEightIdleDaysAfterARead() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(new Constant(0.01)));
        Placed o = new Placed();
        policy.place(o, 0);
        o.placement = model.placements().indexOf(model.placement(Provider.AWS, "STANDARD_IA"));
        o.lastRead = 50;

        assertThat(policy.nextReview(o, 50)).isEqualTo(51);
        assertThat(policy.nextReview(o, 51)).isEqualTo(52);
        assertThat(policy.nextReview(o, 52)).isEqualTo(54);
        assertThat(policy.nextReview(o, 54)).isEqualTo(58);
        // then every quarter of the idle days, as in the hottest class
        assertThat(policy.nextReview(o, 58)).isEqualTo(60);
        assertThat(policy.nextReview(o, 130)).isEqualTo(150);
    }

    @Test
    void shouldExplainEachReviewWithTheOptionsItPricedAndTheSameChoice() {
        for (Provider provider : Provider.values()) {
            CostModel model = new CostModel(PriceCatalogLoader.defaults(), provider);
            Forecast[] forecasts = {new Constant(0), new Constant(1 / 365.0), new Constant(0.5), new Burst(3, 7, 1 / 365.0)};
            for (Forecast forecast : forecasts) {
                CloudfluxPolicy policy = new CloudfluxPolicy(model, new FixedForecaster(forecast));
                for (int placement = 0; placement < model.size(); placement++) {
                    for (int lastAccess : new int[] {0, 99}) {
                        View view = new View(placement, 0, lastAccess);

                        Decision d = policy.explain(view, 100);

                        assertThat(d.chosen().index()).as("%s %s at %s", provider, forecast, model.placement(placement))
                                .isEqualTo(policy.review(view, 100));
                        assertThat(d.current().index()).isEqualTo(placement);
                        assertThat(d.options()).filteredOn(o -> o.kind() == Decision.Kind.STAY).hasSize(1);
                        assertThat(d.options()).filteredOn(o -> o.kind() == Decision.Kind.MOVE).hasSize(model.size() - 1);
                        assertThat(d.options()).isSortedAccordingTo(
                                java.util.Comparator.comparingDouble(Decision.Option::comparedUsd));
                        assertThat(d.options()).allSatisfy(o -> assertThat(o.totalUsd()).isNotNegative());
                        // the cheapest option ranked is what the policy did
                        Decision.Option first = d.options().get(0);
                        int expected = first.kind() == Decision.Kind.STAY || first.kind() == Decision.Kind.WAIT_THEN_MOVE
                                ? placement : first.placement().index();
                        assertThat(d.chosen().index()).as("%s", d).isEqualTo(expected);
                    }
                }
            }
        }
    }
}
