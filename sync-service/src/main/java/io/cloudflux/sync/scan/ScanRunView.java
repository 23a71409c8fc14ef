package io.cloudflux.sync.scan;

import java.time.Instant;

/** A scan run as the internal API shows it; null for no run. */
public record ScanRunView(long id, String account, String bucket, String prefix, ScanMode mode, String trigger,
        ScanState state, Instant startedAt, Instant finishedAt, Instant updatedAt, long pages, long objectsSeen,
        long bytesSeen, long objectsNew, long objectsChanged, long objectsMissing, long leftovers, long errors,
        String lastError, double objectsPerSecond) {

    public static ScanRunView of(ScanRun r) {
        return r == null ? null : new ScanRunView(r.id(), r.scope().account(), r.scope().bucket(), r.scope().prefix(),
                r.mode(), r.trigger(), r.state(), r.startedAt(), r.finishedAt(), r.updatedAt(), r.pages(),
                r.objectsSeen(), r.bytesSeen(), r.objectsNew(), r.objectsChanged(), r.objectsMissing(), r.leftovers(),
                r.errors(), r.lastError(), Math.round(r.objectsPerSecond() * 10) / 10.0);
    }
}
