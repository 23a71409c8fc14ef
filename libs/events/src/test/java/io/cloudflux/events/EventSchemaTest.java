package io.cloudflux.events;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keeps docs/events (the schemas and the samples of its README) in step with the records. */
class EventSchemaTest {

    private static final Path DOCS = docsDirectory();
    private static final String BASE = "https://cloudflux.io/schemas/events/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, DOCS.toUri().toString())));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static List<Class<?>> eventTypes() {
        return SampleEvents.eventTypes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldListTheRecordsFieldsAsPropertiesInTheOrderTheyAreWritten(Class<?> type) {
        assertThat(schemaFile(type).get("properties").propertyNames()).containsExactlyElementsOf(EventShape.propertyNames(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldRequireExactlyTheFieldsThatAreNotNullable(Class<?> type) {
        List<String> required = new ArrayList<>();
        schemaFile(type).get("required").forEach(name -> required.add(name.asString()));

        assertThat(required).containsExactlyElementsOf(EventShape.requiredNames(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldDescribeTheTypeItIsNamedAfter(Class<?> type) {
        JsonNode schema = schemaFile(type);

        assertThat(schema.get("$id").asString()).isEqualTo(BASE + type.getSimpleName() + ".schema.json");
        assertThat(schema.get("properties").get("type").get("const").asString()).isEqualTo(EventShape.typeName(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudflux.events.SampleEvents#all")
    void shouldAcceptEverySerializedEvent(CloudFluxEvent event) {
        assertThat(violations(event.getClass(), EventJson.toJson(event))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudflux.events.SampleEvents#full")
    void shouldListEveryPropertyThatIsWritten(CloudFluxEvent event) {
        JsonNode json = EventJson.mapper().readTree(EventJson.toJson(event));

        assertThat(json.propertyNames()).containsExactlyElementsOf(EventShape.propertyNames(event.getClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudflux.events.SampleEvents#full")
    void shouldRefuseAnEventWithoutOneOfItsRequiredProperties(CloudFluxEvent event) {
        for (String field : EventShape.requiredNames(event.getClass())) {
            ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.toJson(event));
            json.remove(field);

            assertThat(violations(event.getClass(), json.toString())).as(field).isNotEmpty();
        }
    }

    @Test
    void shouldRefuseValuesThatTheRecordsRefuse() {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.toJson(SampleEvents.full(ObjectObserved.class)));
        String valid = json.toString();

        assertThat(violations(ObjectObserved.class, valid.replace("\"sizeBytes\":1048576", "\"sizeBytes\":-1"))).isNotEmpty();
        assertThat(violations(ObjectObserved.class, valid.replace(SampleEvents.EVENT_ID.toString(), "not-a-uuid"))).isNotEmpty();
        assertThat(violations(ObjectObserved.class, valid.replace(SampleEvents.S3.toString(), "s3://acme-logs"))).isNotEmpty();
        assertThat(violations(ObjectObserved.class, valid.replace(SampleEvents.S3.toString(), "s3://acme-logs/app server.log"))).isNotEmpty();
        assertThat(violations(ObjectObserved.class, valid.replace("\"md5\":\"9e107d9d", "\"md5\":\"9E107D9D"))).isNotEmpty();
        assertThat(violations(ObjectObserved.class, valid.replace("ObjectObserved", "ObjectRemoved"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldAgreeWithTheRecordOnEveryEnumValue(Class<?> type) {
        CloudFluxEvent sample = SampleEvents.full(type.asSubclass(CloudFluxEvent.class));
        for (RecordComponent component : type.getRecordComponents()) {
            if (!component.getType().isEnum()) {
                continue;
            }
            List<String> inSchema = new ArrayList<>();
            schemaFile(type).get("properties").get(component.getName()).get("enum").forEach(value -> inSchema.add(value.asString()));
            List<String> inJava = Arrays.stream(component.getType().getEnumConstants()).map(Object::toString).toList();

            assertThat(inJava).as(component.getName()).containsAll(inSchema);
            inJava.stream().filter(value -> !inSchema.contains(value)).forEach(leftOut -> {
                ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.toJson(sample));
                json.put(component.getName(), leftOut);
                assertThatThrownBy(() -> EventJson.fromJson(json.toString(), sample.getClass()))
                        .as("%s = %s is left out of the schema, so the record must refuse it", component.getName(), leftOut)
                        .isInstanceOf(EventFormatException.class);
            });
        }
    }

    @Test
    void shouldHaveASchemaOnlyForEventsThatExist() throws IOException {
        List<String> expected = new ArrayList<>(List.of("common.schema.json"));
        eventTypes().forEach(type -> expected.add(type.getSimpleName() + ".schema.json"));
        try (Stream<Path> files = Files.list(DOCS)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json")))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldShowInTheReadmeASampleThatIsExactlyWhatIsWritten(Class<?> type) throws IOException {
        String sample = readmeSample(type.getSimpleName());
        CloudFluxEvent event = EventJson.fromJson(sample, type.asSubclass(CloudFluxEvent.class));

        assertThat(violations(type, sample)).isEmpty();
        assertThat(EventJson.mapper().readTree(EventJson.toJson(event))).isEqualTo(EventJson.mapper().readTree(sample));
    }

    private static String readmeSample(String typeName) throws IOException {
        String readme = Files.readString(DOCS.resolve("README.md"));
        Matcher matcher = Pattern.compile("(?ms)^### `" + typeName + "`$.*?^```json$(.*?)^```$").matcher(readme);
        assertThat(matcher.find()).as("docs/events/README.md has a ### `%s` section with a ```json sample", typeName).isTrue();
        return matcher.group(1);
    }

    /** docs/events of the repository, found from the module directory (Maven) or the repository root (an IDE). */
    private static Path docsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path docs = dir.resolve("docs/events");
            if (Files.isRegularFile(docs.resolve("common.schema.json"))) {
                return docs;
            }
        }
        throw new IllegalStateException("no docs/events/common.schema.json above " + Path.of("").toAbsolutePath());
    }

    private static Set<ValidationMessage> violations(Class<?> type, String json) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + type.getSimpleName() + ".schema.json"), CONFIG);
        return schema.validate(json, InputFormat.JSON);
    }

    private static JsonNode schemaFile(Class<?> type) {
        try {
            return EventJson.mapper().readTree(Files.readString(DOCS.resolve(type.getSimpleName() + ".schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
