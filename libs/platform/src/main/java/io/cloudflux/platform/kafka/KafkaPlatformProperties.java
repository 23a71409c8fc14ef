package io.cloudflux.platform.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service declares the CloudFlux topics and handles a record that its listener cannot process.
 *
 * @param partitions partitions of every topic and its dead-letter twin (records are keyed by objectId)
 * @param replicationFactor replicas of every topic; 1 only for a single local broker
 * @param retryAttempts attempts after the first before a failing record goes to its dead-letter topic
 * @param retryInitialInterval the first wait between attempts, doubled on each retry
 * @param retryMaxInterval the longest wait between attempts
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux.kafka")
public record KafkaPlatformProperties(
        @DefaultValue("12") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicationFactor,
        @DefaultValue("3") @Min(0) int retryAttempts,
        @DefaultValue("200ms") @NotNull Duration retryInitialInterval,
        @DefaultValue("5s") @NotNull Duration retryMaxInterval) {
}
