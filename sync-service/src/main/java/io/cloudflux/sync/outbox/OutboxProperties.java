package io.cloudflux.sync.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox is relayed to Kafka.
 *
 * @param batchSize    rows published per transaction
 * @param pollInterval the wait after the outbox was found empty
 * @param sendTimeout  how long to wait for the broker's acknowledgement of a batch's record
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux.sync.outbox")
record OutboxProperties(
        @DefaultValue("2000") @Min(1) @Max(50_000) int batchSize,
        @DefaultValue("100ms") @NotNull Duration pollInterval,
        @DefaultValue("30s") @NotNull Duration sendTimeout) {
}
