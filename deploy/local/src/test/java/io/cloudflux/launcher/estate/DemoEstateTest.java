package io.cloudflux.launcher.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cloudflux.events.Provider;
import io.cloudflux.tiering.trace.TraceObject;
import org.junit.jupiter.api.Test;

class DemoEstateTest {

    static final DemoEstate ESTATE = DemoEstate.of(20_000);

    @Test
    void shouldBeMadeOfTheTraceGeneratorsObjectsUnderTheirOwnKeys() {
        Set<String> traceKeys = DemoEstate.generator(20_000).population().stream().map(TraceObject::key)
                .collect(Collectors.toSet());

        assertThat(ESTATE.objects()).hasSize(traceKeys.size());
        assertThat(ESTATE.objects()).extracting(EstateObject::key).containsExactlyInAnyOrderElementsOf(traceKeys);
    }

    @Test
    void shouldPutObjectsInEveryBucketOfEveryAccountOfTheThreeProviders() {
        Set<String> configured = DemoEstate.ACCOUNTS.stream()
                .flatMap(a -> a.buckets().stream().map(b -> a.name() + "/" + b)).collect(Collectors.toSet());

        assertThat(ESTATE.countsByBucket().keySet()).isEqualTo(configured);
        assertThat(ESTATE.countsByProvider()).containsOnlyKeys(Provider.AWS, Provider.AZURE, Provider.GCP);
        assertThat(ESTATE.countsByProvider().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(ESTATE.objects().size());
    }

    @Test
    void shouldKeepSizesFromAFewKilobytesToTensOfMegabytesWithinAFewHundredMegabytes() {
        List<Long> sizes = ESTATE.objects().stream().map(EstateObject::sizeBytes).toList();

        assertThat(sizes).allMatch(size -> size >= 2 * 1024);
        assertThat(sizes.stream().filter(size -> size >= 10_000_000)).hasSizeBetween(1, 20);
        assertThat(ESTATE.totalBytes()).isBetween(200_000_000L, 700_000_000L);
    }

    @Test
    void shouldUseSeveralStorageClassesOfEachProvider() {
        Map<Provider, Set<String>> classes = ESTATE.objects().stream().collect(Collectors.groupingBy(
                EstateObject::provider, Collectors.mapping(EstateObject::storageClass, Collectors.toSet())));

        assertThat(classes.get(Provider.AWS)).containsExactlyInAnyOrder("STANDARD", "STANDARD_IA", "GLACIER_IR");
        assertThat(classes.get(Provider.AZURE)).containsExactlyInAnyOrder("Hot", "Cool", "Cold");
        assertThat(classes.get(Provider.GCP)).containsExactlyInAnyOrder("STANDARD", "NEARLINE", "COLDLINE");
    }

    @Test
    void shouldGiveEveryObjectItsOwnContentAndTheSameContentEveryTime() throws IOException {
        Set<String> prefixes = new HashSet<>();
        for (EstateObject o : ESTATE.objects()) {
            byte[] start = new ObjectContent(o).readNBytes(32);
            assertThat(prefixes.add(new String(start, StandardCharsets.ISO_8859_1)))
                    .as("content of %s differs from every other object's", o.contentSeed()).isTrue();
        }
        for (EstateObject o : ESTATE.objects().subList(0, 200)) {
            assertThat(new ObjectContent(o).readAllBytes()).hasSize((int) o.sizeBytes());
        }
        EstateObject first = ESTATE.objects().get(0);
        assertThat(new ObjectContent(first).readAllBytes()).isEqualTo(new ObjectContent(first).readAllBytes());
        assertThat(DemoEstate.of(20_000).objects()).isEqualTo(ESTATE.objects());
    }
}
