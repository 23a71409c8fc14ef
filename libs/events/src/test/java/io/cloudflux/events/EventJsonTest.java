package io.cloudflux.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    static Stream<CloudFluxEvent> samples() {
        return SampleEvents.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldReadBackEveryEventEqualToTheOneWritten(CloudFluxEvent event) {
        byte[] json = EventJson.toBytes(event);

        assertThat(EventJson.fromJson(json, event.getClass())).isEqualTo(event);
        assertThat(EventJson.fromJson(new String(json, StandardCharsets.UTF_8), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldReadEveryEventAsTheValueTypeOfItsTopic(CloudFluxEvent event) {
        TopicSpec topic = Topics.all().stream().filter(spec -> spec.valueType().isInstance(event)).findFirst().orElseThrow();

        assertThat(EventJson.fromJson(EventJson.toBytes(event), topic.valueType())).isEqualTo(event);
        assertThat(EventJson.fromJson(EventJson.toBytes(event), CloudFluxEvent.class)).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldWriteTheTypeNameFirstInEveryEvent(CloudFluxEvent event) {
        JsonNode json = tree(event);

        assertThat(json.propertyNames().iterator().next()).isEqualTo("type");
        assertThat(json.get("type").asString()).isEqualTo(EventShape.typeName(event.getClass()));
    }

    @Test
    void shouldWriteInstantsAsIsoStringsAndLocationsAsUris() {
        JsonNode json = tree(SampleEvents.full(AccessEvent.class));

        assertThat(json.get("occurredAt").asString()).isEqualTo("2025-03-14T09:26:53.589Z");
        assertThat(json.get("eventId").asString()).isEqualTo(SampleEvents.EVENT_ID.toString());
        assertThat(json.get("location").asString()).isEqualTo("s3://acme-logs/2025/03/14/app%20server.log.gz");
    }

    @Test
    void shouldOmitAbsentOptionalFields() {
        ObjectLocated located = new ObjectLocated(SampleEvents.EVENT_ID, SampleEvents.NOW, 1, "o", SampleEvents.S3, "STANDARD", 0,
                Checksums.NONE, null);

        JsonNode json = tree(located);

        assertThat(json.has("previousLocation")).isFalse();
        assertThat(json.get("checksums").isEmpty()).isTrue();
    }

    @Test
    void shouldWriteEqualEventsAsEqualBytesWhateverTheirMapOrder() {
        ObjectClassified one = classifiedWith(Map.of("b", 2.0, "a", 1.0, "c", 3.0));
        ObjectClassified other = classifiedWith(Map.of("c", 3.0, "b", 2.0, "a", 1.0));

        assertThat(EventJson.toBytes(one)).isEqualTo(EventJson.toBytes(other));
        assertThat(EventJson.toJson(one)).contains("\"features\":{\"a\":1.0,\"b\":2.0,\"c\":3.0}");
    }

    @Test
    void shouldHandOutTheMapperThatWritesEventsAsHere() {
        CloudFluxEvent event = SampleEvents.full(MigrationRequested.class);

        assertThat(EventJson.mapper().writeValueAsString(event)).isEqualTo(EventJson.toJson(event));
        assertThat(EventJson.mapper().readValue(EventJson.toJson(event), CloudFluxEvent.class)).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldIgnoreUnknownFieldsAsATolerantReader(CloudFluxEvent event) {
        ObjectNode json = tree(event);
        json.put("addedInALaterVersion", "ignored");
        json.putObject("nestedNewThing").put("x", 1).putArray("y").add(1);
        if (json.get("checksums") instanceof ObjectNode checksums) {
            checksums.put("xxhash64", "0123456789abcdef");
        }

        assertThat(EventJson.fromJson(json.toString(), event.getClass())).isEqualTo(event);
    }

    @Test
    void shouldReadAnEventWithoutTypeWhenTheConcreteTypeIsAsked() {
        ObjectNode json = tree(SampleEvents.full(AccessEvent.class));
        json.remove("type");

        assertThat(EventJson.fromJson(json.toString(), AccessEvent.class)).isEqualTo(SampleEvents.full(AccessEvent.class));
    }

    @Test
    void shouldRequireTypeToTellTheEventsOfAPolymorphicTopicApart() {
        ObjectNode json = tree(SampleEvents.full(ObjectRemoved.class));
        json.remove("type");

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), InventoryEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("InventoryEvent: missing required field 'type' (one of ObjectObserved, ObjectRemoved)");
    }

    @Test
    void shouldRefuseAnEventOfAnotherTopic() {
        String json = EventJson.toJson(SampleEvents.full(AccessEvent.class));

        assertThatThrownBy(() -> EventJson.fromJson(json, MigrationEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("MigrationEvent: field 'type': 'AccessEvent' is not one of MigrationProgressed, MigrationCompleted, MigrationFailed");
    }

    static Stream<Arguments> requiredFields() {
        List<Arguments> cases = new ArrayList<>();
        for (CloudFluxEvent event : SampleEvents.full()) {
            EventShape.requiredNames(event.getClass()).stream()
                    .filter(field -> !field.equals("type"))
                    .forEach(field -> cases.add(Arguments.of(event.getClass().getSimpleName(), field, event)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("requiredFields")
    void shouldNameTheMissingRequiredField(String typeName, String field, CloudFluxEvent event) {
        ObjectNode json = tree(event);
        json.remove(field);
        Class<? extends CloudFluxEvent> topicType = Topics.all().stream()
                .map(TopicSpec::valueType).filter(type -> type.isInstance(event)).findFirst().orElseThrow();

        for (Class<? extends CloudFluxEvent> asked : List.of(event.getClass(), topicType)) {
            assertThatThrownBy(() -> EventJson.fromJson(json.toString(), asked))
                    .isInstanceOf(EventFormatException.class)
                    .hasMessage(typeName + ": missing required field '" + field + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFieldsOfAccessEvent")
    void shouldTakeAnExplicitNullForAMissingRequiredField(String field) {
        ObjectNode json = tree(SampleEvents.full(AccessEvent.class));
        json.putNull(field);

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), AccessEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("AccessEvent: missing required field '" + field + "'");
    }

    static Stream<String> requiredFieldsOfAccessEvent() {
        return EventShape.requiredNames(AccessEvent.class).stream().filter(field -> !field.equals("type"));
    }

    @Test
    void shouldNameTheFieldWhoseValueBreaksTheEventsRules() {
        ObjectNode json = tree(SampleEvents.full(AccessForecast.class));
        json.put("probabilityReadWithin30Days", 1.5);

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), AccessForecast.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("AccessForecast: field 'probabilityReadWithin30Days' must be within [0, 1] but was 1.5");
    }

    @Test
    void shouldNameTheFieldWhoseValueHasTheWrongJsonType() {
        ObjectNode json = tree(SampleEvents.full(AccessForecast.class));
        json.putArray("expectedReadsPerDay").add(0.5).add("often").add(0.0);

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), AccessForecast.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("AccessForecast: field 'expectedReadsPerDay[1]': ")
                .hasMessageContaining("\"often\"");
    }

    @Test
    void shouldNameTheNestedFieldAndTheEventItIsIn() {
        ObjectNode json = tree(SampleEvents.full(ObjectObserved.class));
        ((ObjectNode) json.get("checksums")).put("md5", "not-hex");

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), InventoryEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("ObjectObserved: field 'checksums': field 'md5' must be 32 hex digits but was 'not-hex'");
    }

    @Test
    void shouldNameTheLocationThatCannotBeParsed() {
        ObjectNode json = tree(SampleEvents.full(AccessEvent.class));
        json.put("location", "s3://bucket-without-key");

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), AccessEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("AccessEvent: field 'location': invalid location 's3://bucket-without-key': missing '/' after the bucket");
    }

    @Test
    void shouldNameTheFieldWithAnUnknownEnumValue() {
        ObjectNode json = tree(SampleEvents.full(AccessEvent.class));
        json.put("operation", "RESTORE");

        assertThatThrownBy(() -> EventJson.fromJson(json.toString(), AccessEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("AccessEvent: field 'operation': ")
                .hasMessageContaining("RESTORE");
    }

    @Test
    void shouldReportJsonThatIsNotJson() {
        assertThatThrownBy(() -> EventJson.fromJson("{\"type\":\"AccessEvent\",", AccessEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("AccessEvent: malformed JSON: ");
        assertThatThrownBy(() -> EventJson.fromJson(EventJson.toJson(SampleEvents.full(AccessEvent.class)) + "{}", AccessEvent.class))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("AccessEvent: ");
    }

    private static ObjectClassified classifiedWith(Map<String, Double> features) {
        return new ObjectClassified(SampleEvents.EVENT_ID, SampleEvents.NOW, 1, "o", Temperature.HOT, features, List.of());
    }

    private static ObjectNode tree(CloudFluxEvent event) {
        return (ObjectNode) EventJson.mapper().readTree(EventJson.toJson(event));
    }
}
