package io.cloudflux.sync.drift;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Drift detection and repair ({@code cloudflux.sync.drift}).
 *
 * @param verifyFraction the fraction of a scope's objects read back and hashed after each completed scan
 * @param verifyAtMost   the most objects verified after one scan
 * @param autoRepair     which safe repairs run without an operator
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux.sync.drift")
record DriftProperties(
        @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("1") double verifyFraction,
        @DefaultValue("100") @Min(0) int verifyAtMost,
        @DefaultValue @Valid @NotNull AutoRepair autoRepair) {

    /**
     * @param repoint         point the catalog at a verified copy of an object found MISSING at its location (it was
     *                        moved by hand)
     * @param deleteLeftovers delete a leftover at a location the object left (a move whose source delete did not
     *                        happen) once both copies were read back identical; other leftovers wait for an operator
     */
    record AutoRepair(@DefaultValue("true") boolean repoint, @DefaultValue("false") boolean deleteLeftovers) {
    }
}
