package io.cloudflux.tiering.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The kinds of day that scheduled jobs follow: the first of a month (monthly reports), a Monday (weekly
 * jobs), any other day. Tabled once for the dates from 1970 to about 2243, with running counts so that the
 * days of a kind in any span are two look-ups; dates outside that range count as ordinary days.
 */
final class CalendarDays {
    static final int ORDINARY = 0;
    static final int MONDAY = 1;
    static final int MONTH_START = 2;
    static final int KINDS = 3;
    private static final int DAYS = 100_000;
    private static final byte[] KIND = new byte[DAYS];
    private static final int[][] BEFORE = new int[KINDS][DAYS + 1];

    static {
        LocalDate date = LocalDate.ofEpochDay(0);
        for (int d = 0; d < DAYS; d++, date = date.plusDays(1)) {
            KIND[d] = (byte) (date.getDayOfMonth() == 1 ? MONTH_START
                    : date.getDayOfWeek() == DayOfWeek.MONDAY ? MONDAY : ORDINARY);
            for (int k = 0; k < KINDS; k++) {
                BEFORE[k][d + 1] = BEFORE[k][d] + (KIND[d] == k ? 1 : 0);
            }
        }
    }

    private CalendarDays() {
    }

    /** The kind of a date given as days since 1970-01-01 (a first of the month that is a Monday is a month start). */
    static int kind(long epochDay) {
        return epochDay >= 0 && epochDay < DAYS ? KIND[(int) epochDay] : ORDINARY;
    }

    /** How many days of {@code kind} lie in [{@code from}, {@code to}), as days since 1970-01-01. */
    static int count(int kind, long from, long to) {
        long lo = Math.max(0, Math.min(DAYS, from));
        long hi = Math.max(0, Math.min(DAYS, to));
        return hi <= lo ? 0 : BEFORE[kind][(int) hi] - BEFORE[kind][(int) lo];
    }
}
