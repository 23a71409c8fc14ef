package io.cloudflux.tiering.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticalForecasterTest {
    /** A bare object view: what a policy would see. */
    private static final class View implements ObjectView {
        final String key;
        final int put;
        Object state;

        View(String key, int put) {
            this.key = key;
            this.put = put;
        }

        @Override public String key() { return key; }
        @Override public long sizeBytes() { return 1 << 20; }
        @Override public int putDay() { return put; }
        @Override public int lastReadDay() { return -1; }
        @Override public int lastAccessDay() { return put; }
        @Override public long reads() { return 0; }
        @Override public int readDays() { return 0; }
        @Override public int placement() { return 0; }
        @Override public int placedDay() { return put; }
        @Override public Object policyState() { return state; }
        @Override public void policyState(Object s) { state = s; }
    }

    @Test
    void shouldLearnThatAGroupIsReadInItsFirstWeekOnlyAndAnotherNever() {
        StatisticalForecaster f = new StatisticalForecaster();
        // for 200 days, one new photo a day read on each of its first 7 days; one new backup a day, never
        // read; every object is reviewed each day, as a policy would (reviews are when idle days are counted)
        java.util.List<View> all = new java.util.ArrayList<>();
        java.util.List<View> photos = new java.util.ArrayList<>();
        for (int day = 0; day < 200; day++) {
            for (View v : all) {
                f.forecast(v.state, v, day);
            }
            View photo = new View("media/" + day + ".jpg", day);
            photo.state = f.track(photo, day);
            photos.add(photo);
            View backup = new View("backups/" + day + ".tar", day);
            backup.state = f.track(backup, day);
            all.add(photo);
            all.add(backup);
            for (View p : photos) {
                if (day - p.put < 7) {
                    f.observeRead(p.state, p, day, 1);
                }
            }
        }
        View young = new View("media/new.jpg", 200);
        young.state = f.track(young, 200);
        View old = photos.get(100);
        View backup = new View("backups/new.tar", 200);
        backup.state = f.track(backup, 200);

        double youngReads = f.forecast(young.state, young, 200).expectedReads(30);
        double oldReads = f.forecast(old.state, old, 200).expectedReads(30);
        double backupReads = f.forecast(backup.state, backup, 200).expectedReads(30);

        assertThat(youngReads).isBetween(5.0, 9.0);
        assertThat(oldReads).isLessThan(0.5);
        assertThat(backupReads).isLessThan(0.5);
        assertThat(f.forecast(backup.state, backup, 200).expectedAliveDays(90)).isGreaterThan(85);
    }

    @Test
    void shouldGroupObjectsByFirstKeySegmentAndExtension() {
        assertThat(StatisticalForecaster.groupKey("media/uploads/2026/01/01/abc.JPG")).isEqualTo("media|jpg");
        assertThat(StatisticalForecaster.groupKey("backups/db-1/2026-01-01/x.tar.zst")).isEqualTo("backups|zst");
        assertThat(StatisticalForecaster.groupKey("README")).isEqualTo("|");
        assertThat(StatisticalForecaster.groupKey("dir.v2/file")).isEqualTo("dir.v2|");
    }
}
