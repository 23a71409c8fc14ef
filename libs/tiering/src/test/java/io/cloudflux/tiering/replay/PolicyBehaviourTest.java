package io.cloudflux.tiering.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.bill.LineItem;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.trace.Operation;
import io.cloudflux.tiering.trace.TraceEvent;

/** What each policy does with one object, read off its bill. */
class PolicyBehaviourTest {
    private static final long GIB = 1L << 30;
    private static final double MONTH = 365.0 / 12;

    private static TraceEvent at(int day, Operation op) {
        return new TraceEvent(day * TraceEvent.MILLIS_PER_DAY + 1000, "data/object.bin", op, op == Operation.PUT ? GIB : 0);
    }

    private static PolicyResult replay(Provider provider, String policy, List<TraceEvent> events) {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), provider);
        Simulator sim = new Simulator(model, List.of(Policies.create(policy, model)), false);
        events.forEach(sim);
        return sim.finish().policies().get(0);
    }

    /** PUT on day 0, reads on the given days, and a HEAD on day {@code lastDay} so the trace lasts that long. */
    private static List<TraceEvent> life(int lastDay, int... reads) {
        List<TraceEvent> events = new ArrayList<>();
        events.add(at(0, Operation.PUT));
        for (int d : reads) {
            events.add(at(d, Operation.GET));
        }
        events.add(at(lastDay, Operation.HEAD));
        return events;
    }

    @Test
    void shouldMoveDownTheAgeRuleAtThirtyAndNinetyDays() {
        PolicyResult r = replay(Provider.AWS, Policies.LIFECYCLE_AGE, life(119));

        // days 0..29 STANDARD, 30..89 STANDARD_IA, 90..119 GLACIER_IR
        double storage = (30 * 0.023 + 60 * 0.0125 + 30 * 0.004) / MONTH;
        assertThat(r.bill().line(LineItem.STORAGE)).isCloseTo(storage, within(1e-9));
        assertThat(r.bill().transitions()).isEqualTo(2);
        // lifecycle transitions pay one request at the target: 0.01/1000 + 0.02/1000
        assertThat(r.bill().line(LineItem.TRANSITIONS)).isCloseTo(0.00003, within(1e-12));
    }

    @Test
    void shouldSplitTheBillByPlacement() {
        PolicyResult r = replay(Provider.AWS, Policies.LIFECYCLE_AGE, life(119));

        var byPlacement = r.bill().byPlacement();
        assertThat(byPlacement.keySet()).extracting(p -> p.id())
                .containsExactly("aws:STANDARD", "aws:STANDARD_IA", "aws:GLACIER_IR");
        double[] storage = byPlacement.values().stream().mapToDouble(lines -> lines.get(LineItem.STORAGE)).toArray();
        assertThat(storage[0]).isCloseTo(30 * 0.023 / MONTH, within(1e-12));
        assertThat(storage[1]).isCloseTo(60 * 0.0125 / MONTH, within(1e-12));
        assertThat(storage[2]).isCloseTo(30 * 0.004 / MONTH, within(1e-12));
        for (LineItem item : LineItem.values()) {
            double sum = byPlacement.values().stream().mapToDouble(lines -> lines.get(item)).sum();
            assertThat(sum).as(item.key()).isCloseTo(r.bill().line(item), within(1e-12));
        }
    }

    @Test
    void shouldBringAnAzureBlobBackToHotWhenItIsReadAfterGoingCool() {
        PolicyResult r = replay(Provider.AZURE, Policies.AZURE_LIFECYCLE, life(60, 40));

        // Hot days 0..29, Cool days 30..40 (read on 40), Hot again from day 41: two moves;
        // leaving Cool after 11 of its 30 days owes 19 days of Cool
        assertThat(r.bill().transitions()).isEqualTo(2);
        assertThat(r.bill().line(LineItem.EARLY_DELETION)).isCloseTo(19 * 0.0152 / MONTH, within(1e-9));
        assertThat(r.bill().line(LineItem.STORAGE)).isCloseTo((30 * 0.0208 + 11 * 0.0152 + 20 * 0.0208) / MONTH, within(1e-9));
    }

    @Test
    void shouldLetIntelligentTieringCoolAnUnreadObjectWithoutRetrievalFees() {
        PolicyResult r = replay(Provider.AWS, Policies.S3_INTELLIGENT_TIERING, life(364, 100));

        // frequent 0..29, infrequent 30..89, archive instant 90..100 (the day of the read is billed in the tier
        // it started in); the read returns it to frequent from day 101 until 30 days after it (101..129),
        // infrequent 130..189, archive instant 190..364
        double storage = ((30 + 29) * 0.023 + (60 + 60) * 0.0125 + (11 + 175) * 0.004) / MONTH;
        assertThat(r.bill().line(LineItem.STORAGE)).isCloseTo(storage, within(1e-9));
        assertThat(r.bill().line(LineItem.RETRIEVAL)).isZero();
        assertThat(r.bill().line(LineItem.MONITORING)).isCloseTo(0.0025 / 1000 * 12, within(1e-12));
    }

    @Test
    void shouldArchiveObjectsThatCloudfluxHasLearntAreNeverRead() {
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), Provider.AWS);
        Simulator sim = new Simulator(model, List.of(Policies.create(Policies.CLOUDFLUX, model),
                Policies.create(Policies.ALL_HOT, model)), true);
        // a thousand 1 GiB backups written one a day for 400 days, never read
        for (int day = 0; day < 400; day++) {
            sim.accept(new TraceEvent(day * TraceEvent.MILLIS_PER_DAY, "backups/host/" + day + ".tar", Operation.PUT, GIB));
        }
        ReplayResult r = sim.finish();

        double cloudflux = r.policy(Policies.CLOUDFLUX).orElseThrow().totalUsd();
        double oracle = r.policy(Policies.ORACLE).orElseThrow().totalUsd();
        double hot = r.policy(Policies.ALL_HOT).orElseThrow().totalUsd();
        assertThat(cloudflux).isLessThan(0.1 * hot).isLessThan(1.2 * oracle);
    }

    @Test
    void shouldKeepAnObjectReadEveryDayInTheHotClass() {
        int[] reads = new int[300];
        for (int d = 0; d < reads.length; d++) {
            reads[d] = d;
        }
        PolicyResult cloudflux = replay(Provider.AWS, Policies.CLOUDFLUX, life(299, reads));
        PolicyResult hot = replay(Provider.AWS, Policies.ALL_HOT, life(299, reads));

        assertThat(cloudflux.totalUsd()).isCloseTo(hot.totalUsd(), within(0.01 * hot.totalUsd()));
        assertThat(cloudflux.bill().line(LineItem.RETRIEVAL)).isLessThan(0.05);
    }
}
