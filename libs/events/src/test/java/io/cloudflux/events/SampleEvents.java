package io.cloudflux.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.cloudflux.events.CloudFluxEvent.SCHEMA_VERSION;

/** One sample of every event type with every optional field set, and one with every optional field absent. */
final class SampleEvents {

    static final UUID EVENT_ID = UUID.fromString("0b7c3a52-5d1e-4c43-9a55-3f1f6f0e2a01");
    static final UUID COMMAND_ID = UUID.fromString("7d2f6a10-93c4-4e8b-b1d2-5a6c7e8f9012");
    static final UUID JOB_ID = UUID.fromString("c4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70");
    static final Instant NOW = Instant.parse("2025-03-14T09:26:53.589Z");
    static final String OBJECT_ID = "obj-5f0c2d";
    static final Location S3 = Location.s3("acme-logs", "2025/03/14/app server.log.gz");
    static final Location GCS = Location.gcs("acme-archive", "logs/2025/03/14/app server.log.gz");
    static final Checksums CHECKSUMS = new Checksums(
            "9e107d9d372bb6826bd81d3542a419d6", "e3069283",
            "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");

    private SampleEvents() {
    }

    /** Every concrete event type once, with every optional field set. */
    static List<CloudFluxEvent> full() {
        return List.of(
                new AccessEvent(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, S3, Operation.GET, 1_048_576,
                        Instant.parse("2025-03-14T09:26:51Z"), "s3-server-access-log"),
                new ObjectObserved(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, S3, 1_048_576, "STANDARD", CHECKSUMS,
                        Instant.parse("2025-03-14T00:00:12Z"), "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", "9e107d9d372bb6826bd81d3542a419d6"),
                new ObjectRemoved(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, S3, Instant.parse("2025-03-14T09:00:00Z"),
                        "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"),
                new AccessForecast(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, "lstm-2025.03.10", 3, List.of(0.5, 0.25, 0.0), 0.82,
                        Instant.parse("2025-03-14T09:00:00Z")),
                new ObjectClassified(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, Temperature.COLD,
                        Map.of("readsLast30Days", 1.0, "daysSinceLastRead", 41.0),
                        List.of("1 read in the last 30 days", "last read 41 days ago")),
                new MigrationRequested(EVENT_ID, NOW, SCHEMA_VERSION, COMMAND_ID, OBJECT_ID, S3, GCS, "ARCHIVE", MigrationMode.MOVE,
                        "cold for 41 days; GCS ARCHIVE saves 92% over 365 days", 12.40, 0.35, 10.3, "cost-service"),
                new MigrationProgressed(EVENT_ID, NOW, SCHEMA_VERSION, JOB_ID, COMMAND_ID, OBJECT_ID, MigrationState.COPYING,
                        524_288, 1_048_576, 8_388_608.0),
                new MigrationCompleted(EVENT_ID, NOW, SCHEMA_VERSION, JOB_ID, COMMAND_ID, OBJECT_ID, S3, GCS, 1_048_576,
                        "md5:9e107d9d372bb6826bd81d3542a419d6", 1_830),
                new MigrationFailed(EVENT_ID, NOW, SCHEMA_VERSION, JOB_ID, COMMAND_ID, OBJECT_ID, MigrationState.VERIFYING,
                        "target MD5 0cc175b9c0f1b6a831c399e269772661 differs from source MD5 9e107d9d372bb6826bd81d3542a419d6",
                        true),
                new ObjectLocated(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, GCS, "ARCHIVE", 1_048_576, CHECKSUMS, S3));
    }

    /** The event types that have optional fields, with all of them absent. */
    static List<CloudFluxEvent> minimal() {
        return List.of(
                new ObjectObserved(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, S3, 0, "STANDARD", Checksums.NONE, NOW, null, null),
                new ObjectRemoved(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, S3, NOW, null),
                new MigrationRequested(EVENT_ID, NOW, SCHEMA_VERSION, COMMAND_ID, OBJECT_ID, S3, S3, "GLACIER_IR", MigrationMode.COPY,
                        "manual request", -1.5, 0.0, null, "user:alice"),
                new ObjectLocated(EVENT_ID, NOW, SCHEMA_VERSION, OBJECT_ID, S3, "STANDARD", 0, Checksums.NONE, null));
    }

    static Stream<CloudFluxEvent> all() {
        return Stream.concat(full().stream(), minimal().stream());
    }

    static CloudFluxEvent full(Class<? extends CloudFluxEvent> type) {
        return full().stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    /** The concrete event types, from the sealed hierarchy, so that a new event cannot be forgotten by the tests. */
    static List<Class<?>> eventTypes() {
        return concreteSubtypes(CloudFluxEvent.class).toList();
    }

    private static Stream<Class<?>> concreteSubtypes(Class<?> type) {
        return type.isInterface()
                ? Stream.of(type.getPermittedSubclasses()).flatMap(SampleEvents::concreteSubtypes)
                : Stream.of(type);
    }
}
