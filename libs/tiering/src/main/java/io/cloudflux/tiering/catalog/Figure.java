package io.cloudflux.tiering.catalog;

import java.time.LocalDate;
import java.util.Objects;

/** One number of the catalog with where it came from and when it was true. */
public record Figure(double value, String source, LocalDate asOf) {
    public Figure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("figure must be a finite non-negative number: " + value);
        }
    }

    public int intValue() {
        return (int) Math.round(value);
    }

    public long longValue() {
        return Math.round(value);
    }
}
