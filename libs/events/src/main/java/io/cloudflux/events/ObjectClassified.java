package io.cloudflux.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The classifier's temperature label for an object, with what it saw and why it decided;
 * the value of {@link Topics#CLASSIFICATIONS}.
 *
 * @param features the statistics the label was computed from, by name (e.g. {@code readsLast30Days}); finite values
 * @param reasons  why, in sentences a person can check; may be empty
 */
public record ObjectClassified(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String objectId,
        Temperature temperature,
        Map<String, Double> features,
        List<String> reasons) implements CloudFluxEvent {

    public ObjectClassified {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.notBlank(objectId, "objectId");
        Check.required(temperature, "temperature");
        features = Check.mapCopy(features, "features");
        features.forEach((name, value) -> {
            Check.notBlank(name, "features");
            Check.finite(value, "features." + name);
        });
        reasons = Check.listCopy(reasons, "reasons");
        reasons.forEach(reason -> Check.notBlank(reason, "reasons"));
    }
}
