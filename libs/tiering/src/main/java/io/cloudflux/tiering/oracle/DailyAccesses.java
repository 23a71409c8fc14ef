package io.cloudflux.tiering.oracle;

import java.util.Arrays;

/**
 * One object's reads and HEADs per day, as compact as it gets: one long per day with any access
 * (day, reads and HEADs packed 24/20/20 bits; counts saturate at about a million a day).
 */
public final class DailyAccesses {
    private static final int COUNT_BITS = 20;
    private static final long COUNT_MAX = (1L << COUNT_BITS) - 1;

    private long[] packed = new long[2];
    private int size;

    public void read(int day, int count) {
        add(day, count, 0);
    }

    public void head(int day, int count) {
        add(day, 0, count);
    }

    private void add(int day, long reads, long heads) {
        if (size > 0 && day(size - 1) == day) {
            long p = packed[size - 1];
            packed[size - 1] = pack(day, Math.min(COUNT_MAX, reads(p) + reads), Math.min(COUNT_MAX, headsOf(p) + heads));
            return;
        }
        if (size > 0 && day < day(size - 1)) {
            throw new IllegalArgumentException("accesses must come in day order: day " + day + " after " + day(size - 1));
        }
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        packed[size++] = pack(day, Math.min(COUNT_MAX, reads), Math.min(COUNT_MAX, heads));
    }

    private static long pack(int day, long reads, long heads) {
        return ((long) day << (2 * COUNT_BITS)) | (reads << COUNT_BITS) | heads;
    }

    private static long reads(long p) {
        return (p >>> COUNT_BITS) & COUNT_MAX;
    }

    private static long headsOf(long p) {
        return p & COUNT_MAX;
    }

    public int size() {
        return size;
    }

    public int day(int i) {
        return (int) (packed[i] >>> (2 * COUNT_BITS));
    }

    public int reads(int i) {
        return (int) reads(packed[i]);
    }

    public int heads(int i) {
        return (int) headsOf(packed[i]);
    }

    public void clear() {
        size = 0;
    }
}
