package io.cloudflux.storage.copy;

import java.util.Objects;

import io.cloudflux.events.Checksums;

/** How two sets of checksums of (supposedly) the same bytes compare. */
public enum ChecksumMatch {
    /** They share at least one algorithm, and every shared one agrees. */
    MATCH,
    /** A shared algorithm disagrees: the bytes differ. */
    MISMATCH,
    /** They share no algorithm: nothing is proven either way. */
    NOTHING_IN_COMMON;

    public static ChecksumMatch of(Checksums a, Checksums b) {
        int compared = 0;
        for (String[] pair : new String[][] {{a.md5(), b.md5()}, {a.crc32c(), b.crc32c()}, {a.sha256(), b.sha256()}}) {
            if (pair[0] != null && pair[1] != null) {
                if (!Objects.equals(pair[0], pair[1])) {
                    return MISMATCH;
                }
                compared++;
            }
        }
        return compared == 0 ? NOTHING_IN_COMMON : MATCH;
    }
}
