package io.cloudflux.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The JSON shape of an event record, read by reflection: what its schema must say. */
final class EventShape {

    private EventShape() {
    }

    /** The {@code type} discriminator value of the record. */
    static String typeName(Class<?> type) {
        return Arrays.stream(CloudFluxEvent.class.getAnnotation(JsonSubTypes.class).value())
                .filter(subtype -> subtype.value() == type)
                .map(JsonSubTypes.Type::name)
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + " is not registered in @JsonSubTypes"));
    }

    /** {@code type} followed by the record's components, in the order they are written. */
    static List<String> propertyNames(Class<?> type) {
        List<String> names = new ArrayList<>(List.of("type"));
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
        return names;
    }

    /** {@code type} followed by the components that are not {@link Nullable}. */
    static List<String> requiredNames(Class<?> type) {
        List<String> names = new ArrayList<>(List.of("type"));
        Arrays.stream(type.getRecordComponents())
                .filter(component -> !component.isAnnotationPresent(Nullable.class))
                .map(RecordComponent::getName)
                .forEach(names::add);
        return names;
    }
}
