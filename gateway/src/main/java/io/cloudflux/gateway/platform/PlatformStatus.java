package io.cloudflux.gateway.platform;

import java.time.Instant;
import java.util.List;

/**
 * The readiness of every CloudFlux service as the gateway sees it: UP when all are ready, DOWN when none is,
 * DEGRADED in between.
 */
public record PlatformStatus(Status status, Instant checkedAt, List<ServiceStatus> services) {

    enum Status { UP, DEGRADED, DOWN }

    /** One service's readiness; {@code detail} says why it is not UP. */
    record ServiceStatus(String name, ServiceState status, String url, String detail) {
    }

    enum ServiceState { UP, DOWN, UNKNOWN }

    static PlatformStatus of(Instant checkedAt, List<ServiceStatus> services) {
        long up = services.stream().filter(s -> s.status() == ServiceState.UP).count();
        Status overall = up == services.size() ? Status.UP : up == 0 ? Status.DOWN : Status.DEGRADED;
        return new PlatformStatus(overall, checkedAt, services);
    }
}
