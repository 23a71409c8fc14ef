package io.cloudflux.storage.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * How often each fault strikes, as a probability per operation (per stream for the stream faults).
 *
 * @param throttle     an operation fails with a throttling error before reaching the adapter
 * @param transientError an operation fails with a transient error before reaching the adapter
 * @param earlyEnd     a get stream, or a put's source, ends silently before its last byte
 * @param corruptWrite one byte of a put's content is flipped on its way to the adapter
 * @param maxLatency   each operation is first delayed by a random time up to this
 */
public record FaultPlan(double throttle, double transientError, double earlyEnd, double corruptWrite,
        Duration maxLatency) {

    /** No faults: the decorator passes everything through. */
    public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, Duration.ZERO);

    public FaultPlan {
        Objects.requireNonNull(maxLatency, "maxLatency");
        for (double p : new double[] {throttle, transientError, earlyEnd, corruptWrite}) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("probabilities are between 0 and 1: " + p);
            }
        }
    }

    public FaultPlan withThrottle(double p) {
        return new FaultPlan(p, transientError, earlyEnd, corruptWrite, maxLatency);
    }

    public FaultPlan withTransientError(double p) {
        return new FaultPlan(throttle, p, earlyEnd, corruptWrite, maxLatency);
    }

    public FaultPlan withEarlyEnd(double p) {
        return new FaultPlan(throttle, transientError, p, corruptWrite, maxLatency);
    }

    public FaultPlan withCorruptWrite(double p) {
        return new FaultPlan(throttle, transientError, earlyEnd, p, maxLatency);
    }

    public FaultPlan withMaxLatency(Duration d) {
        return new FaultPlan(throttle, transientError, earlyEnd, corruptWrite, d);
    }
}
