package io.cloudflux.storage.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * How often each fault strikes, as a probability per operation (per stream for the stream faults). The first four
 * strike before a request reaches the adapter; the others model what happens after it: an answer lost, a store
 * that keeps or serves other bytes than it was given, a head that misreports, a second writer.
 *
 * @param throttle          an operation fails with a throttling error before reaching the adapter
 * @param transientError    an operation fails with a transient error before reaching the adapter
 * @param earlyEnd          a get stream, or a put's source, ends silently before its last byte
 * @param corruptWrite      one byte of a put's content is flipped on its way to the adapter
 * @param maxLatency        each operation is first delayed by a random time up to this
 * @param lostResponse      a put (its commit: Complete Multipart Upload, Put Block List, GCS finalize), server-side
 *                          copy, class change or delete succeeds, and its answer is lost: the caller gets a
 *                          transient error
 * @param failedCleanup     a delete fails with a transient error and deletes nothing (the cleanup of a failed
 *                          copy)
 * @param corruptAtRest     a put stores its content with one byte flipped, same length, while its result reports
 *                          the checksums of the bytes it was given: the store kept other bytes than the adapter
 *                          hashed
 * @param corruptOnRead     a get stream serves one byte flipped, same length
 * @param wrongHeadChecksum a head reports a checksum that is not the object's
 * @param secondWriter      while a put is under way (its source read to the end, its commit not yet sent), another
 *                          writer puts other bytes of the same length at the same key
 */
public record FaultPlan(double throttle, double transientError, double earlyEnd, double corruptWrite,
        Duration maxLatency, double lostResponse, double failedCleanup, double corruptAtRest, double corruptOnRead,
        double wrongHeadChecksum, double secondWriter) {

    /** No faults: the decorator passes everything through. */
    public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, Duration.ZERO);

    public FaultPlan {
        Objects.requireNonNull(maxLatency, "maxLatency");
        for (double p : new double[] {throttle, transientError, earlyEnd, corruptWrite, lostResponse, failedCleanup,
                corruptAtRest, corruptOnRead, wrongHeadChecksum, secondWriter}) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("probabilities are between 0 and 1: " + p);
            }
        }
    }

    /** Faults before the request only. */
    public FaultPlan(double throttle, double transientError, double earlyEnd, double corruptWrite,
            Duration maxLatency) {
        this(throttle, transientError, earlyEnd, corruptWrite, maxLatency, 0, 0, 0, 0, 0, 0);
    }

    public FaultPlan withThrottle(double p) {
        return new FaultPlan(p, transientError, earlyEnd, corruptWrite, maxLatency, lostResponse, failedCleanup,
                corruptAtRest, corruptOnRead, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withTransientError(double p) {
        return new FaultPlan(throttle, p, earlyEnd, corruptWrite, maxLatency, lostResponse, failedCleanup,
                corruptAtRest, corruptOnRead, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withEarlyEnd(double p) {
        return new FaultPlan(throttle, transientError, p, corruptWrite, maxLatency, lostResponse, failedCleanup,
                corruptAtRest, corruptOnRead, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withCorruptWrite(double p) {
        return new FaultPlan(throttle, transientError, earlyEnd, p, maxLatency, lostResponse, failedCleanup,
                corruptAtRest, corruptOnRead, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withMaxLatency(Duration d) {
        return new FaultPlan(throttle, transientError, earlyEnd, corruptWrite, d, lostResponse, failedCleanup,
                corruptAtRest, corruptOnRead, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withLostResponse(double p) {
        return new FaultPlan(throttle, transientError, earlyEnd, corruptWrite, maxLatency, p, failedCleanup,
                corruptAtRest, corruptOnRead, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withFailedCleanup(double p) {
        return new FaultPlan(throttle, transientError, earlyEnd, corruptWrite, maxLatency, lostResponse, p,
                corruptAtRest, corruptOnRead, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withCorruptAtRest(double p) {
        return new FaultPlan(throttle, transientError, earlyEnd, corruptWrite, maxLatency, lostResponse,
                failedCleanup, p, corruptOnRead, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withCorruptOnRead(double p) {
        return new FaultPlan(throttle, transientError, earlyEnd, corruptWrite, maxLatency, lostResponse,
                failedCleanup, corruptAtRest, p, wrongHeadChecksum, secondWriter);
    }

    public FaultPlan withWrongHeadChecksum(double p) {
        return new FaultPlan(throttle, transientError, earlyEnd, corruptWrite, maxLatency, lostResponse,
                failedCleanup, corruptAtRest, corruptOnRead, p, secondWriter);
    }

    public FaultPlan withSecondWriter(double p) {
        return new FaultPlan(throttle, transientError, earlyEnd, corruptWrite, maxLatency, lostResponse,
                failedCleanup, corruptAtRest, corruptOnRead, wrongHeadChecksum, p);
    }
}
