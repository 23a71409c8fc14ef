package io.cloudflux.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.cloudflux.events.SampleEvents.COMMAND_ID;
import static io.cloudflux.events.SampleEvents.EVENT_ID;
import static io.cloudflux.events.SampleEvents.JOB_ID;
import static io.cloudflux.events.SampleEvents.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventValidationTest {

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("requiredReferenceFields")
    void shouldRefuseANullRequiredFieldNamingIt(String type, String field, CloudFluxEvent event) {
        assertThatThrownBy(() -> copyWith(event, field, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("missing required field '" + field + "'");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("optionalFields")
    void shouldAcceptAnAbsentOptionalField(String type, String field, CloudFluxEvent event) {
        assertThatCode(() -> copyWith(event, field, null)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("stringFields")
    void shouldRefuseABlankStringNamingTheField(String type, String field, CloudFluxEvent event) {
        assertThatThrownBy(() -> copyWith(event, field, "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + field + "'");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("longFields")
    void shouldRefuseNegativeSizesAndDurationsNamingTheField(String type, String field, CloudFluxEvent event) {
        assertThatThrownBy(() -> copyWith(event, field, -1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field '" + field + "' must be >= 0 but was -1");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("doubleFields")
    void shouldRefuseNumbersThatJsonCannotCarryNamingTheField(String type, String field, CloudFluxEvent event) {
        for (double notFinite : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> copyWith(event, field, notFinite))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + field + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudflux.events.SampleEvents#full")
    void shouldRefuseASchemaVersionBelowOne(CloudFluxEvent event) {
        assertThatThrownBy(() -> copyWith(event, "schemaVersion", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'schemaVersion' must be >= 1 but was 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudflux.events.SampleEvents#full")
    void shouldUseTheObjectIdAsKafkaKey(CloudFluxEvent event) {
        assertThat(event.key()).isEqualTo(event.objectId()).isEqualTo(SampleEvents.OBJECT_ID);
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void shouldCountOnlyGetAndCopyAsDataAccess(Operation operation) {
        AccessEvent event = (AccessEvent) copyWith(SampleEvents.full(AccessEvent.class), "operation", operation);

        assertThat(event.isDataAccess()).isEqualTo(operation == Operation.GET || operation == Operation.COPY);
    }

    @Test
    void shouldKeepProbabilitiesWithinZeroAndOne() {
        CloudFluxEvent forecast = SampleEvents.full(AccessForecast.class);

        assertThatCode(() -> copyWith(forecast, "probabilityReadWithin30Days", 0.0)).doesNotThrowAnyException();
        assertThatCode(() -> copyWith(forecast, "probabilityReadWithin30Days", 1.0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> copyWith(forecast, "probabilityReadWithin30Days", 1.0001))
                .hasMessage("field 'probabilityReadWithin30Days' must be within [0, 1] but was 1.0001");
        assertThatThrownBy(() -> copyWith(forecast, "probabilityReadWithin30Days", -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldForecastOneNonNegativeValuePerDayOfTheHorizon() {
        assertThatThrownBy(() -> forecast(2, List.of(1.0, 2.0, 3.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'expectedReadsPerDay' must have horizonDays = 2 values but has 3");
        assertThatThrownBy(() -> forecast(2, List.of(1.0, -2.0)))
                .hasMessage("field 'expectedReadsPerDay' must be >= 0 but was -2.0");
        assertThatThrownBy(() -> forecast(0, List.of()))
                .hasMessage("field 'horizonDays' must be >= 1 but was 0");
        assertThatThrownBy(() -> forecast(2, Arrays.asList(1.0, null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("field 'expectedReadsPerDay' must not contain null");
    }

    @Test
    void shouldCopyCollectionsSoThatTheEventCannotChangeAfterwards() {
        List<Double> reads = new ArrayList<>(List.of(1.0, 2.0));
        Map<String, Double> features = new HashMap<>(Map.of("reads", 1.0));
        List<String> reasons = new ArrayList<>(List.of("because"));
        AccessForecast forecast = forecast(2, reads);
        ObjectClassified classified = new ObjectClassified(EVENT_ID, NOW, 1, "o", Temperature.WARM, features, reasons);

        reads.set(0, 99.0);
        features.put("more", 2.0);
        reasons.add("and more");

        assertThat(forecast.expectedReadsPerDay()).containsExactly(1.0, 2.0);
        assertThat(classified.features()).containsOnlyKeys("reads");
        assertThat(classified.reasons()).containsExactly("because");
        assertThatThrownBy(() -> classified.reasons().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRefuseFeaturesAndReasonsThatSayNothing() {
        assertThatThrownBy(() -> classified(Map.of("reads", Double.NaN), List.of()))
                .hasMessage("field 'features.reads' must be a finite number but was NaN");
        assertThatThrownBy(() -> classified(Map.of(" ", 1.0), List.of()))
                .hasMessage("field 'features' must not be blank");
        assertThatThrownBy(() -> classified(Map.of(), List.of("")))
                .hasMessage("field 'reasons' must not be blank");
    }

    @Test
    void shouldReportTheEndOfAJobByItsOwnEventsNotByProgress() {
        for (MigrationState state : MigrationState.values()) {
            if (state == MigrationState.DONE || state == MigrationState.FAILED) {
                assertThatThrownBy(() -> progressed(state, 0, 10))
                        .hasMessageStartingWith("field 'state' must not be " + state);
            } else {
                assertThat(progressed(state, 0, 10).state()).isEqualTo(state);
            }
        }
    }

    @Test
    void shouldNotCopyMoreBytesThanTheObjectHas() {
        assertThatCode(() -> progressed(MigrationState.COPYING, 10, 10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> progressed(MigrationState.COPYING, 11, 10))
                .hasMessage("field 'bytesCopied' must be <= totalBytes = 10 but was 11");
    }

    @ParameterizedTest
    @EnumSource(value = MigrationState.class, names = {"DONE", "FAILED", "CANCELLED"})
    void shouldRecordTheLastNonTerminalStateOfAFailedJob(MigrationState terminal) {
        assertThatThrownBy(() -> new MigrationFailed(EVENT_ID, NOW, 1, JOB_ID, COMMAND_ID, "o", terminal, "boom", false))
                .hasMessage("field 'stateReached' must not be terminal but was " + terminal);
    }

    @Test
    void shouldAllowNegativeSavingsButNeitherNegativeCostNorNegativeBreakEven() {
        CloudFluxEvent requested = SampleEvents.full(MigrationRequested.class);

        assertThatCode(() -> copyWith(requested, "expectedSavingsUsd", -3.0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> copyWith(requested, "oneTimeCostUsd", -0.01))
                .hasMessage("field 'oneTimeCostUsd' must be >= 0 but was -0.01");
        assertThatThrownBy(() -> copyWith(requested, "breakEvenDays", -1.0))
                .hasMessage("field 'breakEvenDays' must be >= 0 but was -1.0");
    }

    @Test
    void shouldWriteTheVerifiedChecksumAsAlgorithmAndHex() {
        CloudFluxEvent completed = SampleEvents.full(MigrationCompleted.class);

        assertThatCode(() -> copyWith(completed, "verifiedChecksum", "crc32c:e3069283")).doesNotThrowAnyException();
        assertThatThrownBy(() -> copyWith(completed, "verifiedChecksum", "9e107d9d372bb6826bd81d3542a419d6"))
                .hasMessageStartingWith("field 'verifiedChecksum' must look like algorithm:hex");
    }

    @Test
    void shouldKeepChecksumsAsLowerCaseHexOfTheRightLength() {
        Checksums upper = new Checksums("9E107D9D372BB6826BD81D3542A419D6", "E3069283", null);

        assertThat(upper).isEqualTo(new Checksums("9e107d9d372bb6826bd81d3542a419d6", "e3069283", null));
        assertThatThrownBy(() -> new Checksums("nHEH9Dcrtmgm2BTVQqQZ1g==", null, null))
                .hasMessage("field 'md5' must be 32 hex digits but was 'nHEH9Dcrtmgm2BTVQqQZ1g=='");
        assertThatThrownBy(() -> new Checksums(null, "e306928", null))
                .hasMessage("field 'crc32c' must be 8 hex digits but was 'e306928'");
        assertThatThrownBy(() -> new Checksums(null, null, "d7a8"))
                .hasMessageStartingWith("field 'sha256' must be 64 hex digits");
    }

    static Stream<Arguments> requiredReferenceFields() {
        return fields(component -> !component.getType().isPrimitive() && !component.isAnnotationPresent(Nullable.class));
    }

    static Stream<Arguments> optionalFields() {
        return fields(component -> component.isAnnotationPresent(Nullable.class));
    }

    static Stream<Arguments> stringFields() {
        return fields(component -> component.getType() == String.class);
    }

    static Stream<Arguments> longFields() {
        return fields(component -> component.getType() == long.class);
    }

    static Stream<Arguments> doubleFields() {
        return fields(component -> component.getType() == double.class || component.getType() == Double.class);
    }

    private static Stream<Arguments> fields(Predicate<RecordComponent> which) {
        return SampleEvents.full().stream().flatMap(event -> Arrays.stream(event.getClass().getRecordComponents())
                .filter(which)
                .map(component -> Arguments.of(event.getClass().getSimpleName(), component.getName(), event)));
    }

    /** The event through its canonical constructor, with one field replaced. */
    private static CloudFluxEvent copyWith(CloudFluxEvent event, String field, Object value) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(field) ? value : components[i].getAccessor().invoke(event);
            }
            return (CloudFluxEvent) event.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccessForecast forecast(int horizonDays, List<Double> reads) {
        return new AccessForecast(EVENT_ID, NOW, 1, "o", "m1", horizonDays, reads, 0.5, NOW);
    }

    private static ObjectClassified classified(Map<String, Double> features, List<String> reasons) {
        return new ObjectClassified(EVENT_ID, NOW, 1, "o", Temperature.COLD, features, reasons);
    }

    private static MigrationProgressed progressed(MigrationState state, long bytesCopied, long totalBytes) {
        return new MigrationProgressed(EVENT_ID, NOW, 1, JOB_ID, COMMAND_ID, "o", state, bytesCopied, totalBytes, 0.0);
    }
}
