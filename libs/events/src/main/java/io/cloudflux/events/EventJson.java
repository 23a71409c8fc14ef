package io.cloudflux.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The JSON form of CloudFlux events, the same for every producer and consumer: ISO-8601 instants,
 * absent optional fields omitted, unknown properties ignored (a tolerant reader, so that producers
 * can add fields before their consumers know them), map entries sorted so that equal events give
 * equal bytes. Failures are {@link EventFormatException}s that name the event type and the field.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Without it a missing number or boolean would silently read as 0 or false.
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Record component order, which the schemas and the samples in docs/events follow.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    /**
     * The configured mapper, immutable and thread-safe: hand it to spring-kafka's
     * {@code JacksonJsonSerializer} / {@code JacksonJsonDeserializer} so that Kafka records are
     * written and read exactly as here.
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The event as UTF-8 JSON bytes, the form of a Kafka record value. */
    public static byte[] toBytes(CloudFluxEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JacksonException e) {
            throw new EventFormatException(event.getClass().getSimpleName() + ": cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The event as a JSON string. */
    public static String toJson(CloudFluxEvent event) {
        return new String(toBytes(event), StandardCharsets.UTF_8);
    }

    /**
     * Reads an event of the given type, a record or one of the sealed interfaces of a topic with
     * several types. A Kafka tombstone (null value) is not an event: handle it before calling this.
     *
     * @throws EventFormatException if the bytes are not JSON, or not a valid event of that type
     */
    public static <T extends CloudFluxEvent> T fromJson(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw translate(e, type);
        }
    }

    /** Reads an event of the given type from a JSON string; see {@link #fromJson(byte[], Class)}. */
    public static <T extends CloudFluxEvent> T fromJson(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return fromJson(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static EventFormatException translate(JacksonException e, Class<?> requested) {
        String event = failedEventName(e, requested);
        String field = fieldPath(e.getPath());
        String problem;
        if (e instanceof ValueInstantiationException) {
            // A compact constructor or Location.parse refused the value; its message names the field.
            problem = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
        } else if (e instanceof InvalidTypeIdException typeId) {
            return new EventFormatException(event + ": " + typeIdProblem(typeId.getTypeId(), requested), e);
        } else if (isNullPrimitive(e)) {
            return new EventFormatException(event + ": missing required field '" + field + "'", e);
        } else if (e instanceof StreamReadException) {
            problem = "malformed JSON: " + e.getOriginalMessage();
        } else {
            problem = e.getOriginalMessage();
        }
        return new EventFormatException(event + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + problem, e);
    }

    /** The record that failed: the one whose constructor threw, else the outermost on the path, else the one asked for. */
    private static String failedEventName(JacksonException e, Class<?> requested) {
        if (e instanceof ValueInstantiationException instantiation && e.getPath().isEmpty()) {
            return instantiation.getType().getRawClass().getSimpleName();
        }
        if (!e.getPath().isEmpty() && e.getPath().get(0).from() instanceof Class<?> owner) {
            return owner.getSimpleName();
        }
        return requested.getSimpleName();
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /**
     * Jackson reports an absent primitive the same way as an explicit null one (thanks to
     * FAIL_ON_NULL_FOR_PRIMITIVES): both mean the required field is missing.
     */
    private static boolean isNullPrimitive(JacksonException e) {
        return e instanceof MismatchedInputException mismatch
                && !(e instanceof InvalidFormatException)
                && mismatch.getTargetType() != null
                && mismatch.getTargetType().isPrimitive();
    }

    private static String typeIdProblem(String typeId, Class<?> requested) {
        String expected = Arrays.stream(CloudFluxEvent.class.getAnnotation(JsonSubTypes.class).value())
                .filter(subtype -> requested.isAssignableFrom(subtype.value()))
                .map(JsonSubTypes.Type::name)
                .collect(Collectors.joining(", "));
        return typeId == null
                ? "missing required field 'type' (one of " + expected + ")"
                : "field 'type': '" + typeId + "' is not one of " + expected;
    }
}
