package io.cloudflux.tiering.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class PriceCatalogLoaderTest {
    private static InputStream yaml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldLoadEveryProviderWithASourceAndDateOnEveryFigure() {
        PriceCatalog c = PriceCatalogLoader.defaults();

        assertThat(c.providers()).containsOnlyKeys(Provider.AWS, Provider.AZURE, Provider.GCP);
        assertThat(c.provider(Provider.AWS).classes()).containsKeys("STANDARD", "STANDARD_IA", "ONEZONE_IA", "GLACIER_IR",
                "GLACIER", "DEEP_ARCHIVE", "INTELLIGENT_TIERING");
        assertThat(c.provider(Provider.AZURE).classes()).containsKeys("Hot", "Cool", "Cold", "Archive");
        assertThat(c.provider(Provider.GCP).classes()).containsKeys("STANDARD", "NEARLINE", "COLDLINE", "ARCHIVE");
        StorageClass ia = c.provider(Provider.AWS).storageClass("STANDARD_IA");
        assertThat(ia.storageUsdPerGbMonth()).isEqualTo(0.0125);
        assertThat(ia.minDays()).isEqualTo(30);
        assertThat(ia.storagePerGbMonth().get(0).price().source()).isEqualTo("aws-s3-pricing");
        assertThat(ia.minDurationDays().source()).isEqualTo("aws-s3-guide");
        assertThat(c.provider(Provider.GCP).storageClass("NEARLINE").writePerUnit().source()).isEqualTo("gcs-pricing-3p");
        assertThat(c.provider(Provider.AZURE).storageClass("Archive").readUsd()).isEqualTo(5.00 / 10_000);
        assertThat(c.provider(Provider.AWS).storageClass("GLACIER").overheadBytes().longValue()).isEqualTo(32_768);
        assertThat(c.provider(Provider.AWS).isLifecycleTransition("STANDARD_IA", "GLACIER")).isTrue();
        assertThat(c.provider(Provider.AWS).isLifecycleTransition("GLACIER", "STANDARD")).isFalse();
        // the guide's waterfall: One Zone-IA goes on to Glacier Flexible Retrieval and Deep Archive only
        assertThat(c.provider(Provider.AWS).isLifecycleTransition("ONEZONE_IA", "GLACIER")).isTrue();
        assertThat(c.provider(Provider.AWS).isLifecycleTransition("ONEZONE_IA", "GLACIER_IR")).isFalse();
        assertThat(c.provider(Provider.AWS).egress().internetUsdPerGb()).isEqualTo(0.09);
    }

    @Test
    void shouldMergeANegotiatedDiscountOverTheListPrice() {
        String override = """
                sources: {contract-2026: "our negotiated AWS contract"}
                providers:
                  aws:
                    classes:
                      STANDARD:
                        storagePerGbMonth: [{price: {value: 0.018, src: contract-2026, asOf: 2026-02-01}}]
                """;

        PriceCatalog c = PriceCatalogLoader.withOverrides(List.of(yaml(override)));

        StorageClass standard = c.provider(Provider.AWS).storageClass("STANDARD");
        assertThat(standard.storageUsdPerGbMonth()).isEqualTo(0.018);
        assertThat(standard.storagePerGbMonth().get(0).price().source()).isEqualTo("contract-2026");
        assertThat(standard.writeUsd()).isEqualTo(0.005 / 1000);
        assertThat(c.provider(Provider.AWS).storageClass("STANDARD_IA").storageUsdPerGbMonth()).isEqualTo(0.0125);
    }

    @Test
    void shouldRejectAnInvalidCatalogListingEveryProblem() {
        String override = """
                providers:
                  aws:
                    hottest: PLATINUM
                    classes:
                      STANDARD:
                        write: -1
                        read: {value: 0.0004, src: nowhere}
                    transitions:
                      GLACIER: [TAPE]
                """;

        assertThatThrownBy(() -> PriceCatalogLoader.withOverrides(List.of(yaml(override))))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems()).hasSize(4)
                        .anySatisfy(p -> assertThat(p).contains("hottest").contains("PLATINUM"))
                        .anySatisfy(p -> assertThat(p).contains("STANDARD.write").contains("negative"))
                        .anySatisfy(p -> assertThat(p).contains("STANDARD.read").contains("unknown source 'nowhere'"))
                        .anySatisfy(p -> assertThat(p).contains("unknown target class 'TAPE'")));
    }

    @Test
    void shouldRequireADateForEveryFigure() {
        String catalog = """
                sources: {s: "a source"}
                providers:
                  gcp:
                    region: r
                    hottest: STANDARD
                    requestUnit: 1000
                    defaults: {src: s}
                    otherRequests: 0.0004
                    egress: {internetPerGb: [{price: 0.12}], interRegionPerGb: 0.01}
                    classes:
                      STANDARD:
                        storagePerGbMonth: [{price: 0.02}]
                        write: 0.005
                        read: 0.0004
                        retrieval: [{option: standard, perGb: 0}]
                        minDurationDays: 0
                        minBillableBytes: {value: 0, asOf: 2025-01-01}
                """;

        assertThatThrownBy(() -> PriceCatalogLoader.load(yaml(catalog), List.of()))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems())
                        .allSatisfy(p -> assertThat(p).contains("no asOf date"))
                        .hasSize(8));
    }
}
