package io.cloudflux.sync.catalog;

import io.cloudflux.events.Checksums;

/** Comparisons of checksums reported by different sources, each of which may lack some algorithms. */
public final class Checksum {

    private Checksum() {
    }

    /** True when the two share at least one algorithm and agree on every algorithm they share. */
    public static boolean agree(Checksums a, Checksums b) {
        int shared = 0;
        for (int i = 0; i < 3; i++) {
            String x = value(a, i);
            String y = value(b, i);
            if (x != null && y != null) {
                if (!x.equals(y)) {
                    return false;
                }
                shared++;
            }
        }
        return shared > 0;
    }

    /** True when the two share an algorithm on which they disagree. */
    public static boolean contradict(Checksums a, Checksums b) {
        for (int i = 0; i < 3; i++) {
            String x = value(a, i);
            String y = value(b, i);
            if (x != null && y != null && !x.equals(y)) {
                return true;
            }
        }
        return false;
    }

    /** {@code known}, completed by what {@code more} adds for the algorithms {@code known} lacks. */
    public static Checksums merge(Checksums known, Checksums more) {
        return new Checksums(either(known.md5(), more.md5()), either(known.crc32c(), more.crc32c()),
                either(known.sha256(), more.sha256()));
    }

    private static String either(String first, String second) {
        return first != null ? first : second;
    }

    private static String value(Checksums checksums, int algorithm) {
        return switch (algorithm) {
            case 0 -> checksums.md5();
            case 1 -> checksums.crc32c();
            default -> checksums.sha256();
        };
    }
}
