package io.cloudflux.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The predictor's forecast of how often an object will be read; the value of {@link Topics#PREDICTIONS}.
 *
 * @param modelVersion                the version of the model that made the forecast
 * @param horizonDays                 how many days ahead the forecast looks, at least 1
 * @param expectedReadsPerDay         expected reads on each day of the horizon, starting the day
 *                                    after {@code generatedAt}: {@code horizonDays} finite values &ge; 0
 * @param probabilityReadWithin30Days P(at least one read within 30 days), in [0, 1]
 * @param generatedAt                 when the model computed it, which may precede {@code occurredAt}
 */
public record AccessForecast(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String objectId,
        String modelVersion,
        int horizonDays,
        List<Double> expectedReadsPerDay,
        double probabilityReadWithin30Days,
        Instant generatedAt) implements CloudFluxEvent {

    public AccessForecast {
        Check.envelope(eventId, occurredAt, schemaVersion);
        Check.notBlank(objectId, "objectId");
        Check.notBlank(modelVersion, "modelVersion");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("field 'horizonDays' must be >= 1 but was " + horizonDays);
        }
        expectedReadsPerDay = Check.listCopy(expectedReadsPerDay, "expectedReadsPerDay");
        if (expectedReadsPerDay.size() != horizonDays) {
            throw new IllegalArgumentException("field 'expectedReadsPerDay' must have horizonDays = " + horizonDays
                    + " values but has " + expectedReadsPerDay.size());
        }
        expectedReadsPerDay.forEach(reads -> Check.finiteNotNegative(reads, "expectedReadsPerDay"));
        Check.probability(probabilityReadWithin30Days, "probabilityReadWithin30Days");
        Check.required(generatedAt, "generatedAt");
    }
}
