package io.cloudflux.tiering.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudflux.tiering.catalog.PriceCatalog;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;

/**
 * Bills computed by hand. Conventions (CostModel): GB = 2^30 bytes, a month = 365/12 days, the day
 * of upload and the day of deletion are both billed, early deletion pays the rest of the minimum.
 */
class GoldenBillTest {
    private static final long GIB = 1L << 30;
    private static final PriceCatalog CATALOG = PriceCatalogLoader.defaults();
    private static final double EPS = 1e-12;

    private static ItemizedBill bill(Provider provider, String cls, long size, int lastDay, boolean deleted, int... readDays) {
        CostModel model = new CostModel(CATALOG, provider);
        ItemizedBill bill = new ItemizedBill();
        ObjectMeter meter = new ObjectMeter(model, bill, size, 0, model.placement(provider, cls).index());
        for (int d : readDays) {
            meter.read(d, 1);
        }
        meter.end(lastDay, deleted);
        return bill;
    }

    @Test
    void shouldBillOneGibInStandardForAYearAsTwelveMonths() {
        // 365 days = 12 months of 365/12 days: 1 GiB × 0.023 $/GB-month × 12 = 0.276; one PUT = 0.005 / 1000
        ItemizedBill b = bill(Provider.AWS, "STANDARD", GIB, 364, false);

        assertThat(b.totals().line(LineItem.STORAGE)).isCloseTo(0.276, within(EPS));
        assertThat(b.totals().line(LineItem.REQUESTS)).isCloseTo(0.000005, within(EPS));
        assertThat(b.totals().total()).isCloseTo(0.276005, within(EPS));
        assertThat(b.totals().line(LineItem.EARLY_DELETION)).isZero();
    }

    @Test
    void shouldChargeThirtyDaysForAnInfrequentAccessObjectDeletedOnDayTen() {
        // days 0..10 billed = 11 days; the 30-day minimum owes 19 more: 30 × 0.0125 × 12 / 365 = 0.0123287671...
        // storage 11 × 0.0125 × 12 / 365 = 0.0045205479..., early deletion 19 × 0.0125 × 12 / 365 = 0.0078082191...
        ItemizedBill b = bill(Provider.AWS, "STANDARD_IA", GIB, 10, true);

        assertThat(b.totals().line(LineItem.STORAGE)).isCloseTo(11 * 0.0125 * 12 / 365, within(EPS));
        assertThat(b.totals().line(LineItem.EARLY_DELETION)).isCloseTo(19 * 0.0125 * 12 / 365, within(EPS));
        assertThat(b.totals().line(LineItem.STORAGE) + b.totals().line(LineItem.EARLY_DELETION))
                .isCloseTo(0.0123287671, within(1e-10));
        assertThat(b.totals().line(LineItem.REQUESTS)).isCloseTo(0.01 / 1000, within(EPS));
    }

    @Test
    void shouldChargeRehydrationWhenReadingFromAzureArchive() {
        // one read of 1 GiB rehydrates a copy to Hot: the archive read operation 5.00 per 10,000 = 0.0005, retrieval
        // 0.02 $/GB, a day and a half of the Hot copy (1.5 × 0.0208 × 12 / 365), then the read of the copy at Hot's
        // 0.004 per 10,000; the upload's write 0.10 per 10,000 = 0.00001
        ItemizedBill b = bill(Provider.AZURE, "Archive", GIB, 364, false, 200);

        assertThat(b.totals().line(LineItem.RETRIEVAL)).isCloseTo(0.02, within(EPS));
        assertThat(b.totals().line(LineItem.REQUESTS)).isCloseTo(0.0005 + 0.0000004 + 0.00001, within(EPS));
        // 365 days × 0.00099 × 12 / 365 = 0.01188, and the copy's day and a half
        assertThat(b.totals().line(LineItem.STORAGE)).isCloseTo(0.01188 + 1.5 * 0.0208 * 12 / 365, within(EPS));
    }

    @Test
    void shouldRestoreAGlacierObjectOnceForAllTheReadsOfADay() {
        // three reads of 1 GiB from S3 Glacier Flexible Retrieval on day 100, two on day 200: one restore each day
        // (standard retrieval 0.01 $/GB + 0.05 per 1,000 restore requests), the temporary copy at STANDARD for a day
        // and a half on average (1.5 × 0.023 × 12 / 365), the restore's GET and each read's GET at 0.0004 per 1,000
        ItemizedBill b = bill(Provider.AWS, "GLACIER", GIB, 364, false, 100, 100, 100, 200, 200);

        assertThat(b.totals().line(LineItem.RETRIEVAL)).isCloseTo(2 * (0.01 + 0.05 / 1000), within(EPS));
        assertThat(b.totals().line(LineItem.REQUESTS)).isCloseTo(0.03 / 1000 + (2 + 5) * 0.0004 / 1000, within(EPS));
        // 1 GiB + 32 KiB at 0.0036 and 8 KiB at STANDARD for 365 days, and the two restores' copies of 1 GiB
        double year = ((GIB + 32_768.0) / GIB * 0.0036 + 8_192.0 / GIB * 0.023) * 12;
        assertThat(b.totals().line(LineItem.STORAGE)).isCloseTo(year + 2 * 1.5 * 0.023 * 12 / 365, within(EPS));
    }

    @Test
    void shouldCopyTheRestoredCopyWhenMovingOutTheDayAfterARestore() {
        CostModel model = new CostModel(CATALOG, Provider.AWS);
        int glacier = model.placement(Provider.AWS, "GLACIER").index();
        int standard = model.placement(Provider.AWS, "STANDARD").index();
        ItemizedBill nextDay = new ItemizedBill();
        ObjectMeter a = new ObjectMeter(model, nextDay, GIB, 0, glacier);
        a.read(100, 1);
        a.move(101, standard);
        a.end(364, false);
        ItemizedBill later = new ItemizedBill();
        ObjectMeter b = new ObjectMeter(model, later, GIB, 0, glacier);
        b.read(100, 1);
        b.move(102, standard);
        b.end(364, false);

        // the day after the restore the copy is still there: the move reads it, no second retrieval (0.01 $/GB and
        // 0.05 per 1,000); a day later it is gone and the move restores again
        assertThat(nextDay.totals().line(LineItem.RETRIEVAL)).isCloseTo(0.01 + 0.05 / 1000, within(EPS));
        assertThat(later.totals().line(LineItem.RETRIEVAL)).isCloseTo(2 * (0.01 + 0.05 / 1000), within(EPS));
    }

    @Test
    void shouldPayEachReadsRetrievalWhereNoRestoreIsNeeded() {
        // GCS ARCHIVE is read directly (no rehydration): three reads on one day pay 0.05 $/GB each
        ItemizedBill b = bill(Provider.GCP, "ARCHIVE", GIB, 364, false, 100, 100, 100);

        assertThat(b.totals().line(LineItem.RETRIEVAL)).isCloseTo(3 * 0.05, within(EPS));
        assertThat(b.totals().line(LineItem.STORAGE)).isCloseTo(0.0012 * 12, within(EPS));
    }

    @Test
    void shouldRestoreFromTheClassTheObjectIsInWhenItMovesOnTheDayOfARestore() {
        CostModel model = new CostModel(CATALOG, Provider.AWS);
        ItemizedBill b = new ItemizedBill();
        ObjectMeter meter = new ObjectMeter(model, b, GIB, 0, model.placement(Provider.AWS, "GLACIER").index());
        meter.read(100, 2);
        // a lifecycle transition to Deep Archive (no retrieval) on the same day: the Glacier copy serves none of it
        meter.move(100, model.placement(Provider.AWS, "DEEP_ARCHIVE").index());
        meter.read(100, 1);
        meter.end(364, false);

        // Glacier's restore (0.01 $/GB + 0.05 per 1,000), then Deep Archive's (0.02 $/GB)
        assertThat(b.totals().line(LineItem.RETRIEVAL)).isCloseTo(0.01 + 0.05 / 1000 + 0.02, within(EPS));
    }

    @Test
    void shouldChargeIntelligentTieringMonitoringOnlyFrom128KiB() {
        // 0.0025 $ per 1,000 objects per month: one object for 12 months = 0.00003
        ItemizedBill monitored = bill(Provider.AWS, "INTELLIGENT_TIERING", 131_072, 364, false);
        ItemizedBill small = bill(Provider.AWS, "INTELLIGENT_TIERING", 131_071, 364, false);

        assertThat(monitored.totals().line(LineItem.MONITORING)).isCloseTo(0.00003, within(EPS));
        assertThat(small.totals().line(LineItem.MONITORING)).isZero();
        // the small object never leaves the frequent tier: 131071 B × 0.023 × 12 / 2^30
        assertThat(small.totals().line(LineItem.STORAGE)).isCloseTo(131_071.0 / GIB * 0.023 * 12, within(EPS));
        assertThat(small.totals().transitions()).isZero();
        assertThat(monitored.totals().transitions()).isEqualTo(2);
    }

    @Test
    void shouldChargeAYearForAGcsArchiveObjectDeletedOnDay100() {
        // days 0..100 = 101 billed, 264 owed: 365 days × 0.0012 × 12 / 365 = 0.0144; write 0.05 / 1000
        ItemizedBill b = bill(Provider.GCP, "ARCHIVE", GIB, 100, true);

        assertThat(b.totals().line(LineItem.STORAGE) + b.totals().line(LineItem.EARLY_DELETION)).isCloseTo(0.0144, within(EPS));
        assertThat(b.totals().line(LineItem.EARLY_DELETION)).isCloseTo(264 * 0.0012 * 12 / 365, within(EPS));
        assertThat(b.totals().line(LineItem.REQUESTS)).isCloseTo(0.00005, within(EPS));
    }

    @Test
    void shouldBillIntelligentTieringTiersByDaysWithoutAccess() {
        // 1 GiB read on day 0 only, kept 120 days (days 0..119): frequent days 0..29 (30 d × 0.023),
        // infrequent days 30..89 (60 d × 0.0125), archive instant days 90..119 (30 d × 0.004); ×12/365 each
        ItemizedBill b = bill(Provider.AWS, "INTELLIGENT_TIERING", GIB, 119, false, 0);

        double expected = (30 * 0.023 + 60 * 0.0125 + 30 * 0.004) * 12 / 365;
        assertThat(b.totals().line(LineItem.STORAGE)).isCloseTo(expected, within(EPS));
        assertThat(b.totals().line(LineItem.RETRIEVAL)).isZero();
    }

    @Test
    void shouldPayEarlyDeletionAndRequestsWhenMovingUpFromInfrequentAccess() {
        CostModel model = new CostModel(CATALOG, Provider.AWS);
        ItemizedBill b = new ItemizedBill();
        ObjectMeter meter = new ObjectMeter(model, b, GIB, 0, model.placement(Provider.AWS, "STANDARD_IA").index());
        // days 0..9 in IA, moved to STANDARD on day 10: owes 20 days of IA; the copy reads the source
        // (GET 0.001/1000 + retrieval 0.01/GB) and writes the target (PUT 0.005/1000)
        meter.move(10, model.placement(Provider.AWS, "STANDARD").index());
        meter.end(10, false);

        assertThat(b.totals().line(LineItem.EARLY_DELETION)).isCloseTo(20 * 0.0125 * 12 / 365, within(EPS));
        assertThat(b.totals().line(LineItem.TRANSITIONS)).isCloseTo(0.001 / 1000 + 0.005 / 1000, within(EPS));
        assertThat(b.totals().line(LineItem.RETRIEVAL)).isCloseTo(0.01, within(EPS));
        assertThat(b.totals().line(LineItem.STORAGE)).isCloseTo((10 * 0.0125 + 0.023) * 12 / 365, within(EPS));
    }
}
