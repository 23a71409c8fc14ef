package io.cloudflux.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Field checks shared by the compact constructors of the event records.
 *
 * <p>Every message names the field, so that {@link EventJson} can report which field of which event
 * was wrong by prefixing the event's name.
 */
final class Check {

    private Check() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new NullPointerException("missing required field '" + field + "'");
        }
        return value;
    }

    static String notBlank(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' must not be blank");
        }
        return value;
    }

    /** An optional string is either absent or meaningful: an empty string would be a second way to say "absent". */
    static String nullOrNotBlank(String value, String field) {
        return value == null ? null : notBlank(value, field);
    }

    /** Checks the fields every {@link CloudFluxEvent} has. */
    static void envelope(UUID eventId, Instant occurredAt, int schemaVersion) {
        required(eventId, "eventId");
        required(occurredAt, "occurredAt");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("field 'schemaVersion' must be >= 1 but was " + schemaVersion);
        }
    }

    static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException("field '" + field + "' must be >= 0 but was " + value);
        }
        return value;
    }

    /** JSON has no NaN or infinity, so a non-finite double could not survive a round trip. */
    static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("field '" + field + "' must be a finite number but was " + value);
        }
        return value;
    }

    static double finiteNotNegative(double value, String field) {
        if (finite(value, field) < 0) {
            throw new IllegalArgumentException("field '" + field + "' must be >= 0 but was " + value);
        }
        return value;
    }

    static double probability(double value, String field) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("field '" + field + "' must be within [0, 1] but was " + value);
        }
        return value;
    }

    /** Copies the list, naming the field when it or one of its elements is null (List.copyOf would not). */
    static <T> List<T> listCopy(List<T> values, String field) {
        for (T value : required(values, field)) {
            if (value == null) {
                throw new NullPointerException("field '" + field + "' must not contain null");
            }
        }
        return List.copyOf(values);
    }

    /** Copies the map, naming the field when it holds a null key or value (Map.copyOf would not). */
    static <K, V> Map<K, V> mapCopy(Map<K, V> values, String field) {
        required(values, field).forEach((key, value) -> {
            if (key == null || value == null) {
                throw new NullPointerException("field '" + field + "' must not contain null keys or values");
            }
        });
        return Map.copyOf(values);
    }
}
