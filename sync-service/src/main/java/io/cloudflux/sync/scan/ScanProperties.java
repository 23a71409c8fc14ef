package io.cloudflux.sync.scan;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How scans run ({@code cloudflux.sync.scan}).
 *
 * @param concurrency   scans running at once in this instance
 * @param lease         how long a run stays held without a committed page before anyone may resume it
 * @param resumeWithin  how long a failed run's marker stays worth resuming; older, a new run starts over
 * @param checkEvery    how often the scheduler looks for scopes due and runs abandoned by a crash
 * @param schedule      whether scopes with {@code scanEvery} are scanned on their own (off in tests that drive scans)
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux.sync.scan")
record ScanProperties(
        @DefaultValue("2") @Min(1) @Max(64) int concurrency,
        @DefaultValue("5m") @NotNull Duration lease,
        @DefaultValue("24h") @NotNull Duration resumeWithin,
        @DefaultValue("30s") @NotNull Duration checkEvery,
        @DefaultValue("true") boolean schedule) {
}
