package io.cloudflux.tiering.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;

class CostModelTest {
    private static final long GIB = 1L << 30;
    private final CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.GCP, EnumSet.allOf(Provider.class));

    private int at(Provider p, String cls) {
        return model.placement(p, cls).index();
    }

    @Test
    void shouldChargeTheSourceEgressToMoveAnObjectToAnotherCloud() {
        int from = at(Provider.GCP, "NEARLINE");
        int to = at(Provider.AWS, "DEEP_ARCHIVE");

        // read the source (0.001/1000 + 0.01/GB retrieval), GCS egress 0.12/GB, write at S3 Deep Archive 0.05/1000
        assertThat(model.moveEgressUsd(from, to, GIB)).isCloseTo(0.12, within(1e-12));
        assertThat(model.moveRetrievalUsd(from, to, GIB)).isCloseTo(0.01, within(1e-12));
        assertThat(model.moveRequestsUsd(from, to)).isCloseTo(0.001 / 1000 + 0.05 / 1000, within(1e-15));
    }

    @Test
    void shouldSpareAMoveOutOfARestoringClassTheRetrievalTheDayAfterARead() {
        int glacier = at(Provider.AWS, "GLACIER");
        int nearline = at(Provider.GCP, "NEARLINE");
        int standard = at(Provider.AWS, "STANDARD");

        // the day after a read, S3 Glacier's restored copy is still there: the copy out reads it, not the archive
        assertThat(model.moveRetrievalUsd(glacier, standard, GIB, true)).isZero();
        assertThat(model.moveRetrievalUsd(glacier, standard, GIB, false)).isCloseTo(0.01 + 0.05 / 1000, within(1e-12));
        assertThat(model.moveUsd(glacier, standard, GIB, true))
                .isCloseTo(model.moveUsd(glacier, standard, GIB) - (0.01 + 0.05 / 1000), within(1e-12));
        // a class read without a restore pays its retrieval again
        assertThat(model.moveRetrievalUsd(nearline, standard, GIB, true)).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void shouldChargeEgressOnReadsOnlyAwayFromHome() {
        assertThat(model.readEgressUsd(at(Provider.GCP, "STANDARD"), GIB)).isZero();
        assertThat(model.readEgressUsd(at(Provider.AWS, "STANDARD"), GIB)).isCloseTo(0.09, within(1e-12));
        assertThat(model.readEgressUsd(at(Provider.AZURE, "Hot"), GIB)).isCloseTo(0.0875, within(1e-12));
    }

    @Test
    void shouldBillMinimumSizeAndArchiveOverheadPerObject() {
        CostModel aws = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        double month = 365.0 / 12;
        // a 1 KB object in STANDARD_IA is billed as 128 KB
        assertThat(aws.storagePerDay(aws.placement(Provider.AWS, "STANDARD_IA").index(), 1024))
                .isCloseTo(131072.0 / GIB * 0.0125 / month, within(1e-18));
        // an empty object in DEEP_ARCHIVE still pays 32 KB at 0.00099 and 8 KB at STANDARD's 0.023
        assertThat(aws.storagePerDay(aws.placement(Provider.AWS, "DEEP_ARCHIVE").index(), 0))
                .isCloseTo((32768.0 * 0.00099 + 8192.0 * 0.023) / GIB / month, within(1e-18));
    }

    @Test
    void shouldTreatTheWaterfallAsTransitionsAndEverythingElseAsCopies() {
        CostModel aws = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        int standard = aws.placement(Provider.AWS, "STANDARD").index();
        int glacier = aws.placement(Provider.AWS, "GLACIER").index();

        assertThat(aws.isLifecycleTransition(standard, glacier)).isTrue();
        assertThat(aws.moveUsd(standard, glacier, GIB)).isCloseTo(0.03 / 1000, within(1e-15));
        assertThat(aws.isLifecycleTransition(glacier, standard)).isFalse();
        // back up: restore (0.01/GB + 0.05 per 1000 restores), GET 0.0004/1000, PUT 0.005/1000
        assertThat(aws.moveUsd(glacier, standard, GIB)).isCloseTo(0.01 + 0.05 / 1000 + 0.0004 / 1000 + 0.005 / 1000, within(1e-12));
    }
}
