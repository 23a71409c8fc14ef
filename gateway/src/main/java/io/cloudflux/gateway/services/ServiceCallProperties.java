package io.cloudflux.gateway.services;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway calls the services' internal APIs.
 *
 * @param connectTimeout how long a connection may take
 * @param readTimeout how long one attempt may wait for an answer; a call that times out is not retried
 * @param attempts tries of an idempotent call that failed fast (connection refused, 502, 503, 504)
 * @param backoff the wait before the second try, doubled for each further one
 * @param failureRateThreshold percent of the recent calls to a service that, failed, open its circuit
 * @param window how many recent calls the failure rate is taken over (at least 5 before it counts)
 * @param openFor how long an open circuit answers 503 at once before it lets a few calls try again
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux.gateway.services")
record ServiceCallProperties(
        @DefaultValue("1s") @NotNull Duration connectTimeout,
        @DefaultValue("5s") @NotNull Duration readTimeout,
        @DefaultValue("3") @Min(1) @Max(10) int attempts,
        @DefaultValue("100ms") @NotNull Duration backoff,
        @DefaultValue("50") @Min(1) @Max(100) int failureRateThreshold,
        @DefaultValue("20") @Min(5) int window,
        @DefaultValue("10s") @NotNull Duration openFor) {
}
