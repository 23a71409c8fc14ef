package io.cloudflux.tiering.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        /** Day 0 is 2026-01-01, a Thursday. */
        @Override public long epochDay(int day) { return java.time.LocalDate.of(2026, 1, 1).toEpochDay() + day; }
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
    void shouldForecastTheLongIdleObjectsOfAGroupFromAllOfThemNotOnlyThoseLookedAt() {
        StatisticalForecaster f = new StatisticalForecaster();
        // 200 project files uploaded on day 0; 10 of them are read once, each after a long idle spell
        // (days 100, 120, …, 280); the others never. Only the watched file is ever forecast, and the readers
        // only when they are read: the idle days of the 189 silent files are never looked at one by one.
        java.util.List<View> files = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            View v = new View(String.format("projects/p/file-%03d.pdf", i), 0);
            v.state = f.track(v, 0);
            files.add(v);
        }
        View watched = files.get(199);
        for (int day = 1; day <= 300; day++) {
            f.forecast(watched.state, watched, day);
            if (day >= 100 && (day - 100) % 20 == 0) {
                View reader = files.get((day - 100) / 20);
                f.observeRead(reader.state, reader, day, 1);
            }
        }

        // 10 reads in about 200 × 200 file-days idle for 100 days or more: about 0.1 a year for one file
        // (more for shrinkage towards the group's young days); counting only the readers' idle days would
        // say one read per 20 file-days, nearer 18 a year
        assertThat(f.forecast(watched.state, watched, 300).expectedReads(365)).isLessThan(1.0);
    }

    @Test
    void shouldLeaveThePopulationsReadRateSoonForAGroupWhoseObjectsGoUnread() {
        StatisticalForecaster f = new StatisticalForecaster();
        // twenty web assets read every day from day 0; from day 30 a new deployment writes five backups a day,
        // never read; every object is reviewed each day
        java.util.List<View> all = upload(f, "static/app-", ".js", 20, 0);
        for (int day = 0; day < 40; day++) {
            for (View v : all) {
                f.forecast(v.state, v, day);
            }
            for (View v : all.subList(0, 20)) {
                f.observeRead(v.state, v, day, 1);
            }
            for (int i = 0; day >= 30 && i < 5; i++) {
                View b = new View("backups/" + day + "-" + i + ".tar", day);
                b.state = f.track(b, day);
                all.add(b);
            }
        }
        View backup = new View("backups/new.tar", 40);
        backup.state = f.track(backup, 40);

        // 275 backup-days without a read against 800 asset-days with one each: one pseudo-read of the population's
        // rate (about 0.74 a day) leaves under 0.004 a day, 0.04 reads in the next month as computed; twenty
        // pseudo-days of it would still say 0.05 a day before the idle states' shape, 0.25 reads a month (when written)
        assertThat(f.forecast(backup.state, backup, 40).expectedReads(30)).isLessThan(0.12);
    }

    @Test
    void shouldNotAssumeObjectsLiveLongerThanAnyHasLived() {
        // fifty files written on day 0, none ever deleted: ten days later a new one is not taken as immortal
        // (nothing has lived past ten days yet), four hundred days later it nearly is
        StatisticalForecaster young = new StatisticalForecaster();
        StatisticalForecaster old = new StatisticalForecaster();
        for (StatisticalForecaster f : java.util.List.of(young, old)) {
            int until = f == young ? 10 : 400;
            java.util.List<View> files = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                View v = new View("data/file-" + i + ".bin", 0);
                v.state = f.track(v, 0);
                files.add(v);
            }
            for (int day = 1; day < until; day++) {
                for (View v : files) {
                    f.forecast(v.state, v, day);
                }
            }
        }
        View early = new View("data/new.bin", 10);
        early.state = young.track(early, 10);
        View late = new View("data/new.bin", 400);
        late.state = old.track(late, 400);

        // 2 / (age + 10) a day from age 10 on: alive 420 (1 / 20 − 1 / 385) ≈ 20 of the next 365 days (24 as computed,
        // ages pooled with their neighbours)
        assertThat(young.forecast(early.state, early, 10).expectedAliveDays(365)).isBetween(15.0, 150.0);
        assertThat(old.forecast(late.state, late, 400).expectedAliveDays(365)).isGreaterThan(320.0);
    }

    @Test
    void shouldTellAProjectWakingUpFromAStrayReadOfOneOldFile() {
        StatisticalForecaster f = new StatisticalForecaster();
        // 40 projects of 30 files, written on day 0 and left alone for 100 days; then every other day one old file
        // is read once and never again (a stray read), and every 8 days a project wakes up: 20 of its files are
        // read that day and on each of the next three
        int projects = 40;
        View[][] files = new View[projects][30];
        for (int p = 0; p < projects; p++) {
            for (int i = 0; i < 30; i++) {
                files[p][i] = new View("projects/p-" + p + "/docs/file-" + i + ".pdf", 0);
                files[p][i].state = f.track(files[p][i], 0);
            }
        }
        int wakes = 0;
        for (int day = 1; day < 330; day++) {
            f.forecast(files[0][0].state, files[0][0], day);
            if (day >= 100 && day % 2 == 0) {
                View stray = files[(day / 2) % projects][29];
                f.observeRead(stray.state, stray, day, 1);
            }
            if (day >= 100 && (day - 100) % 8 < 4 && wakes < projects) {
                int p = wakes;
                for (int i = 0; i < 20; i++) {
                    f.observeRead(files[p][i].state, files[p][i], day, 1);
                }
                if ((day - 100) % 8 == 3) {
                    wakes++;
                }
            }
        }
        // day 330: a stray read of one file of project 39, and project 38 wakes up (ten of its files); neither had
        // woken before, and only their files 29 had stray reads
        View stray = files[39][25];
        f.observeRead(stray.state, stray, 330, 1);
        View[] waking = new View[10];
        for (int i = 0; i < 10; i++) {
            waking[i] = files[38][10 + i];
            f.observeRead(waking[i].state, waking[i], 330, 1);
        }

        double afterStray = f.forecast(stray.state, stray, 331).expectedReads(7);
        double afterWake = f.forecast(waking[0].state, waking[0], 331).expectedReads(7);
        // after a wake-up's first day its files were read on three more days, after a stray read never: 2.8 and 0.03
        // reads in the next week as computed (2.6 and 0.02 when written); told apart by nothing but the siblings, both
        // would be 2.3 (when written)
        assertThat(afterWake).isGreaterThan(1.5);
        assertThat(afterStray).isLessThan(0.3);
    }

    @Test
    void shouldForecastAWakeUpAtAnAgeNoProjectHadWokenAtFromTheWakeUpsAtOtherAges() {
        StatisticalForecaster f = new StatisticalForecaster();
        // twenty projects of twenty files written on day 0 and left alone; from day 130 one wakes every five days:
        // fifteen of its files read that day and the next three (woken at ages 130 to 225)
        java.util.List<java.util.List<View>> old = new java.util.ArrayList<>();
        for (int p = 0; p < 20; p++) {
            old.add(upload(f, "projects/p-" + p + "/docs/file-", ".pdf", 20, 0));
        }
        java.util.List<View> young = null;
        for (int day = 1; day <= 240; day++) {
            if (day == 200) {
                young = upload(f, "projects/p-new/docs/file-", ".pdf", 20, 200);
            }
            f.forecast(old.get(0).get(0).state, old.get(0).get(0), day);
            int p = (day - 130) / 5;
            if (day >= 130 && p < 20 && (day - 130) % 5 < 4) {
                for (View v : old.get(p).subList(0, 15)) {
                    f.observeRead(v.state, v, day, 1);
                }
            }
        }
        // day 240: a project written on day 200 wakes up, at 40 days old (no project had woken that young)
        for (View v : young.subList(0, 10)) {
            f.observeRead(v.state, v, 240, 1);
        }

        // reads in the next week (in truth 3): 5.0 as computed (the file's own record, one read day where its states
        // expected almost none, adds to the run's rate); 1.2 when the prior of a woken day at 40 days old was the
        // group's level × the woken day's relative risk × that of the age, whose exposure is dormant files' only
        double nextWeek = f.forecast(young.get(0).state, young.get(0), 241).expectedReads(7);
        assertThat(nextWeek).isGreaterThan(2.5);
    }

    @Test
    void shouldReEstimateAGroupTheDayAfterItsFirstWakeUpNotDaysLater() {
        StatisticalForecaster f = new StatisticalForecaster();
        // forty files of one project written on day 0, busy for three days, then idle until the project wakes up on
        // day 50 (a day the group re-estimates on its three-day schedule anyway) and reads every file once a day
        java.util.List<View> files = upload(f, "projects/prj-0001/docs/file-", ".pdf", 40, 0);
        double[] nextWeek = new double[56];
        for (int day = 0; day < 56; day++) {
            for (View v : files) {
                nextWeek[day] = f.forecast(v.state, v, day).expectedReads(7);
                if (day <= 2 || day >= 50) {
                    f.observeRead(v.state, v, day, 1);
                }
            }
        }

        // reads expected in the next week on days 51 and 52 (in truth 7): 2.4 and 7.9 as computed (1.0 and 5.7 before
        // a woken day's prior was pooled over the ages), each day's tables holding the wake-up's reads so far; on the
        // three-day schedule alone the tables were day 50's, from before the wake-up, until day 53 (0.0002 both days)
        assertThat(nextWeek[51]).isGreaterThan(0.5);
        assertThat(nextWeek[52]).isGreaterThan(3.0);
    }

    @Test
    void shouldNotTakeTheReadOfAFileThatHadCooledForTheReadOfOneInUse() {
        StatisticalForecaster f = new StatisticalForecaster();
        // ten photos read every day, ten read once every 20 days, all written on day 0 and reviewed daily
        java.util.List<View> hot = upload(f, "media/hot-", ".jpg", 10, 0);
        java.util.List<View> cold = upload(f, "media/cold-", ".jpg", 10, 0);
        readEvery(f, 200, hot, 1, cold, 20);

        // both were read yesterday: the cold ones after 20 idle days, and never the next day since (7.2 and 0.09
        // reads in the next week as computed); "read yesterday" alone is mostly the hot ones' days and said 6.1 for
        // both before the days after a gap had states of their own
        double coldWeek = f.forecast(cold.get(0).state, cold.get(0), 201).expectedReads(7);
        double hotWeek = f.forecast(hot.get(0).state, hot.get(0), 201).expectedReads(7);
        assertThat(hotWeek).isGreaterThan(5.0);
        assertThat(coldWeek).isLessThan(1.5);
    }

    @Test
    void shouldForecastAnObjectReadLessOftenThanItsStatesSayFewerReads() {
        StatisticalForecaster f = new StatisticalForecaster();
        // twenty photos read every other day, twenty every eighth, all written on day 0 and looked at daily: after a
        // read both are "read yesterday", a state the frequent ones fill; only each one's own history tells them apart
        java.util.List<View> often = upload(f, "media/often-", ".jpg", 20, 0);
        java.util.List<View> rarely = upload(f, "media/rarely-", ".jpg", 20, 0);
        readEvery(f, 120, often, 2, rarely, 8);

        double oftenWeek = f.forecast(often.get(0).state, often.get(0), 121).expectedReads(7);
        double rarelyWeek = f.forecast(rarely.get(0).state, rarely.get(0), 121).expectedReads(7);
        // in truth 3 and 0 reads in the days 121-127; by the states alone 2.05 for both, by each one's record as
        // well 2.56 and 1.25 (as computed)
        assertThat(rarelyWeek).isLessThan(0.6 * oftenWeek);
        assertThat(oftenWeek).isGreaterThan(2.3);
    }

    @Test
    void shouldLetAnObjectsReadsPerReadDayFadeTowardsOneAsItCools() {
        StatisticalForecaster f = new StatisticalForecaster();
        // two photos read on each of days 0 to 6, one five times a day, one once; forty more like the quiet one,
        // some read again a month later, so that the group has seen reads after a spell
        View busy = new View("media/busy.jpg", 0);
        busy.state = f.track(busy, 0);
        View quiet = new View("media/quiet.jpg", 0);
        quiet.state = f.track(quiet, 0);
        java.util.List<View> others = upload(f, "media/other-", ".jpg", 40, 0);
        double soon = 0;
        for (int day = 0; day < 37; day++) {
            double busyReads = f.forecast(busy.state, busy, day).expectedReads(30);
            double quietReads = f.forecast(quiet.state, quiet, day).expectedReads(30);
            if (day == 7) {
                soon = busyReads / quietReads;
            }
            if (day < 7) {
                f.observeRead(busy.state, busy, day, 5);
                f.observeRead(quiet.state, quiet, day, 1);
            }
            for (int i = 0; i < others.size(); i++) {
                View v = others.get(i);
                f.forecast(v.state, v, day);
                if (day < 7 || day == 20 + i % 10) {
                    f.observeRead(v.state, v, day, 1);
                }
            }
        }

        // the day after its last read the busy one is forecast five times the reads (as computed: 5.0 ×); a month
        // later 1 + 4 e^(-29 / 10) = 1.2 × (without the fade it stayed 5 ×)
        double late = f.forecast(busy.state, busy, 36).expectedReads(30) / f.forecast(quiet.state, quiet, 36).expectedReads(30);
        assertThat(soon).isGreaterThan(4.0);
        assertThat(late).isBetween(1.0, 1.5);
        // the days with a read (what a restore is paid on) are the same for both: only the reads on each differ
        Forecast busyNow = f.forecast(busy.state, busy, 36);
        Forecast quietNow = f.forecast(quiet.state, quiet, 36);
        assertThat(busyNow.expectedReadDays(30)).isCloseTo(quietNow.expectedReadDays(30), within(1e-12));
        assertThat(busyNow.expectedReadDays(30)).isLessThan(busyNow.expectedReads(30));
        assertThat(quietNow.expectedReadDays(30)).isCloseTo(quietNow.expectedReads(30), within(1e-12));
    }

    @Test
    void shouldTakeAMondayNotSeenYetToBeLikeTheOneBefore() {
        StatisticalForecaster f = new StatisticalForecaster();
        // web assets from day 0 (so that objects are known to live for months); from day 61 a partition a day, each
        // read on the first four Mondays since its upload. By day 76 the first Monday since an upload has been seen
        // many times, the second a few times, the third and fourth never (the first partitions reach them on days 81
        // and 88; day 60, 2026-03-02, is a Monday)
        java.util.List<View> all = upload(f, "static/app-", ".js", 20, 0);
        java.util.List<View> parts = new java.util.ArrayList<>();
        for (int day = 1; day <= 75; day++) {
            for (View v : all) {
                f.forecast(v.state, v, day);
            }
            if (day < 61) {
                continue;
            }
            View p = new View("warehouse/t/dt=" + day + "/part.parquet", day);
            p.state = f.track(p, day);
            parts.add(p);
            all.add(p);
            if (java.time.LocalDate.ofEpochDay(p.epochDay(day)).getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                for (View v : parts) {
                    if (CalendarDays.count(CalendarDays.MONDAY, v.epochDay(v.put), p.epochDay(day) + 1) <= 4) {
                        f.observeRead(v.state, v, day, 1);
                    }
                }
            }
        }
        View fresh = parts.get(parts.size() - 1);

        // day 76 is a Wednesday: the fresh partition's first four Mondays are days 81, 88, 95 and 102. The first two
        // are learnt (shrunk towards an ordinary day), the other two taken to be like the second: 1.8 reads in the
        // next four weeks as computed (fewer than four: no partition has lived a month yet, and the prior for ages
        // not reached gives even odds of living another 0.4 × (age + 10) days), 0.86 without them when that prior was
        // half as strong
        assertThat(f.forecast(fresh.state, fresh, 76).expectedReads(29)).isGreaterThan(1.5);
    }

    @Test
    void shouldKeepEachGroupsListOfLiveMembersExact() {
        StatisticalForecaster f = new StatisticalForecaster();
        java.util.List<View> views = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            View v = new View("projects/p/file-" + i + ".pdf", 0);
            v.state = f.track(v, 0);
            views.add(v);
        }
        f.observeEnd(views.get(1).state, views.get(1), 5, true);
        f.observeEnd(views.get(3).state, views.get(3), 6, false);
        View late = new View("projects/p/file-9.pdf", 7);
        late.state = f.track(late, 7);
        f.observeEnd(views.get(0).state, views.get(0), 8, true);

        java.util.List<StatisticalForecaster.Tracked> members = ((StatisticalForecaster.Tracked) late.state).group.members;
        assertThat(members).containsExactlyInAnyOrder((StatisticalForecaster.Tracked) views.get(2).state,
                (StatisticalForecaster.Tracked) late.state);
        for (int i = 0; i < members.size(); i++) {
            assertThat(members.get(i).index).isEqualTo(i);
        }
    }

    @Test
    void shouldLearnThatAGroupIsReadOnMondaysAndForecastTheMondaysAhead() {
        StatisticalForecaster f = new StatisticalForecaster();
        // a report partition a day for 120 days, each read by the weekly job on every Monday of its first 8 weeks
        java.util.List<View> parts = new java.util.ArrayList<>();
        for (int day = 0; day < 120; day++) {
            View v = new View("reports/" + day + ".parquet", day);
            v.state = f.track(v, day);
            parts.add(v);
            java.time.DayOfWeek weekday = java.time.LocalDate.ofEpochDay(v.epochDay(day)).getDayOfWeek();
            for (View p : parts) {
                if (weekday == java.time.DayOfWeek.MONDAY && day > p.put && day - p.put <= 56) {
                    f.observeRead(p.state, p, day, 1);
                }
                f.forecast(p.state, p, day);
            }
        }
        // a partition of day 115, forecast (from the start of the day) on day 123, 2026-05-04, a Monday, and on
        // the Tuesday after
        View part = parts.get(115);
        double monday = f.forecast(part.state, part, 123).expectedReads(1);
        double tuesday = f.forecast(part.state, part, 124).expectedReads(1);
        double weekFromTuesday = f.forecast(part.state, part, 124).expectedReads(7);

        assertThat(monday).isGreaterThan(0.7);
        assertThat(tuesday).isLessThan(0.2);
        assertThat(weekFromTuesday).as("one Monday ahead").isBetween(0.7, 1.5);
    }

    @Test
    void shouldLearnWhichMonthStartsSinceTheUploadAMonthlyJobReads() {
        StatisticalForecaster f = new StatisticalForecaster();
        // a partition a day for 300 days, read by the monthly report on the first three firsts of a month after it
        // was written (a 92-day window), never after
        java.util.List<View> parts = new java.util.ArrayList<>();
        for (int day = 0; day < 300; day++) {
            View v = new View("warehouse/" + day + ".parquet", day);
            v.state = f.track(v, day);
            parts.add(v);
            long epoch = v.epochDay(day);
            for (View p : parts) {
                if (CalendarDays.kind(epoch) == CalendarDays.MONTH_START && day > p.put
                        && CalendarDays.count(CalendarDays.MONTH_START, p.epochDay(p.put) + 1, epoch + 1) <= 3) {
                    f.observeRead(p.state, p, day, 1);
                }
                f.forecast(p.state, p, day);
            }
        }
        // forecast on 2026-10-31 (day 303) for the month start of 2026-11-01: the second since a partition of
        // September 15 (day 257), the fourth since one of July 15 (day 195); both are 48 to 108 days old, ages the
        // job reads at some month starts and not at others
        View second = parts.get(257);
        View fourth = parts.get(195);
        double secondReads = f.forecast(second.state, second, 303).expectedReads(3);
        double fourthReads = f.forecast(fourth.state, fourth, 303).expectedReads(3);

        assertThat(secondReads).as("the second month start: read").isGreaterThan(0.7);
        assertThat(fourthReads).as("the fourth month start: not read").isLessThan(0.2);
    }

    @Test
    void shouldTellMondaysAndMonthStartsApartAndCountThem() {
        long june1 = java.time.LocalDate.of(2026, 6, 1).toEpochDay();
        assertThat(CalendarDays.kind(june1)).as("a Monday that is the 1st").isEqualTo(CalendarDays.MONTH_START);
        assertThat(CalendarDays.kind(june1 + 7)).isEqualTo(CalendarDays.MONDAY);
        assertThat(CalendarDays.kind(june1 + 8)).isEqualTo(CalendarDays.ORDINARY);
        // June 2026: Mondays 8, 15, 22, 29 (the 1st counts as a month start)
        assertThat(CalendarDays.count(CalendarDays.MONDAY, june1, june1 + 30)).isEqualTo(4);
        long jan1 = java.time.LocalDate.of(2026, 1, 1).toEpochDay();
        assertThat(CalendarDays.count(CalendarDays.MONTH_START, jan1, jan1 + 365)).isEqualTo(12);
        assertThat(CalendarDays.count(CalendarDays.MONDAY, jan1, jan1)).isZero();
    }

    @Test
    void shouldRebuildACohortsLifeTableAtItsFirstDeathsNotAWeekLater() {
        StatisticalForecaster f = new StatisticalForecaster();
        // a new deployment's rotation: five copies a day, each kept 35 days, every copy looked at daily
        java.util.List<View> live = new java.util.ArrayList<>();
        double[] lifeAtUpload = new double[40];
        for (int day = 0; day < 40; day++) {
            for (java.util.Iterator<View> it = live.iterator(); it.hasNext();) {
                View v = it.next();
                if (v.put + 35 == day) {
                    f.observeEnd(v.state, v, day, true);
                    it.remove();
                } else {
                    f.forecast(v.state, v, day);
                }
            }
            for (int i = 0; i < 5; i++) {
                View b = new View("backups/db-" + i + "/" + day + ".tar.zst", day);
                b.state = f.track(b, day);
                lifeAtUpload[day] = f.forecast(b.state, b, day).expectedAliveDays(365);
                live.add(b);
            }
        }

        // until day 35 nothing has died: 74 days alive in the next year, by the prior for ages not yet reached; from
        // day 36 on, 36.7-37.7 (as computed) — a cohort's table rebuilt weekly said 74 until day 42
        assertThat(lifeAtUpload[34]).isGreaterThan(60.0);
        for (int day = 36; day < 40; day++) {
            assertThat(lifeAtUpload[day]).as("day %d", day).isBetween(35.0, 45.0);
        }
    }

    @Test
    void shouldLearnHowLongObjectsLiveByTheCalendarDayOfTheirUpload() {
        StatisticalForecaster f = new StatisticalForecaster();
        // a rotation: one backup a day, kept 35 days, 90 if written on a Sunday, for ever on the 1st of a month
        java.util.List<View> live = new java.util.ArrayList<>();
        java.util.Map<View, Integer> deleteOn = new java.util.HashMap<>();
        for (int day = 0; day < 300; day++) {
            for (java.util.Iterator<View> it = live.iterator(); it.hasNext();) {
                View v = it.next();
                if (deleteOn.getOrDefault(v, Integer.MAX_VALUE) == day) {
                    f.observeEnd(v.state, v, day, true);
                    it.remove();
                } else {
                    f.forecast(v.state, v, day);
                }
            }
            View b = new View("backups/db-1/" + day + ".tar.zst", day);
            b.state = f.track(b, day);
            java.time.LocalDate date = java.time.LocalDate.ofEpochDay(b.epochDay(day));
            if (date.getDayOfMonth() != 1) {
                deleteOn.put(b, day + (date.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? 90 : 35));
            }
            live.add(b);
        }
        // day 300 is 2026-10-28, a Wednesday; 303 a Saturday; 304 is Sunday 2026-11-01, the first of a month; 311 a Sunday
        View wednesday = new View("backups/db-1/new-wed.tar.zst", 300);
        wednesday.state = f.track(wednesday, 300);
        View sunday = new View("backups/db-1/new-sun.tar.zst", 304);
        assertThat(java.time.LocalDate.ofEpochDay(sunday.epochDay(304))).isEqualTo(java.time.LocalDate.of(2026, 11, 1));
        View saturday = new View("backups/db-1/new-sat.tar.zst", 303);
        saturday.state = f.track(saturday, 303);
        View firstOfMonth = sunday;
        firstOfMonth.state = f.track(firstOfMonth, 304);
        View plainSunday = new View("backups/db-1/new-sun2.tar.zst", 311);
        assertThat(java.time.LocalDate.ofEpochDay(plainSunday.epochDay(311))).isEqualTo(java.time.LocalDate.of(2026, 11, 8));
        plainSunday.state = f.track(plainSunday, 311);

        assertThat(f.forecast(wednesday.state, wednesday, 300).expectedAliveDays(90)).isBetween(33.0, 40.0);
        assertThat(f.forecast(saturday.state, saturday, 303).expectedAliveDays(90)).isBetween(33.0, 40.0);
        assertThat(f.forecast(plainSunday.state, plainSunday, 311).expectedAliveDays(90)).isGreaterThan(75.0);
        // ten month-start copies so far: the life model leans on them against the group's, which says 35-90 days
        assertThat(f.forecast(firstOfMonth.state, firstOfMonth, 304).expectedAliveDays(90)).isGreaterThan(65.0);
    }

    @Test
    void shouldWeighAnObjectsRecentReadsPerReadDayMoreThanItsFirst() {
        StatisticalForecaster f = new StatisticalForecaster();
        // two photos with the same read days (0..5) and the same number of reads (60): one was read 19 times a day
        // at first and once a day lately (a burst that died down), the other the other way round
        View fading = new View("media/fading.jpg", 0);
        View growing = new View("media/growing.jpg", 0);
        fading.state = f.track(fading, 0);
        growing.state = f.track(growing, 0);
        int[] perDay = {19, 19, 19, 1, 1, 1};
        for (int day = 0; day < perDay.length; day++) {
            f.forecast(fading.state, fading, day);
            f.forecast(growing.state, growing, day);
            f.observeRead(fading.state, fading, day, perDay[day]);
            f.observeRead(growing.state, growing, day, perDay[perDay.length - 1 - day]);
        }

        double fadingReads = f.forecast(fading.state, fading, 6).expectedReads(30);
        double growingReads = f.forecast(growing.state, growing, 6).expectedReads(30);

        // the lifetime mean (10 reads per read day) would say the same of both
        assertThat(growingReads).isGreaterThan(1.5 * fadingReads);
    }

    @Test
    void shouldComputeExpectedDaysAliveAsTheDayByDayRecursionDoes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        int cap = StatisticalForecaster.AGE_CAP;
        double[] hazard = new double[cap + 1];
        for (int a = 0; a <= cap; a++) {
            hazard[a] = random.nextDouble() < 0.05 ? random.nextDouble() : random.nextDouble() * 0.01;
        }
        int[] horizons = StatisticalForecaster.HORIZONS;
        double[] alive = new double[(cap + 1) * horizons.length];

        StatisticalForecaster.Group.survive(hazard, alive, cap, scratch(), scratch());

        // A_h(a) = 1 + (1 - hazard(a)) A_{h-1}(a + 1), ageing stopping at the cap
        double[] prev = new double[cap + 1];
        for (int h = 1, k = 1; h <= horizons[horizons.length - 1]; h++) {
            double[] next = new double[cap + 1];
            for (int a = 0; a <= cap; a++) {
                next[a] = 1 + (1 - hazard[a]) * prev[Math.min(a + 1, cap)];
            }
            prev = next;
            if (h == horizons[k]) {
                for (int a = 0; a <= cap; a++) {
                    assertThat(alive[a * horizons.length + k]).as("h=%d a=%d", h, a).isCloseTo(prev[a], org.assertj.core.api.Assertions.within(1e-9));
                }
                k++;
            }
        }
    }

    @Test
    void shouldWriteTheLifeTableUpToTheAgeAskedExactlyAsTheWholeTable() {
        int cap = StatisticalForecaster.AGE_CAP;
        int horizons = StatisticalForecaster.HORIZONS.length;
        double[] hazard = new double[cap + 1];
        java.util.Arrays.setAll(hazard, a -> a % 30 == 29 ? 0.2 : 0.001);
        double[] whole = new double[(cap + 1) * horizons];
        double[] part = new double[(cap + 1) * horizons];

        StatisticalForecaster.Group.survive(hazard, whole, cap, scratch(), scratch());
        StatisticalForecaster.Group.survive(hazard, part, 100, scratch(), scratch());

        assertThat(java.util.Arrays.copyOf(part, 101 * horizons)).containsExactly(java.util.Arrays.copyOf(whole, 101 * horizons));
        assertThat(part[101 * horizons + 1]).isZero();
    }

    @Test
    void shouldRebuildAGroupsLifeTableForAnAgeItDoesNotHoldYet() {
        int[] horizons = StatisticalForecaster.HORIZONS;
        StatisticalForecaster.Group group = newGroup();
        group.firstDay = 0;
        group.refresh(0);

        double[] young = group.alive(0, 0, 0);
        // an object older than the group's first member (a table built on day 0 holds ages up to 7)
        double[] old = group.alive(0, 0, 300);

        assertThat(young[horizons.length + 1]).isPositive();
        // nothing seen yet: the prior hazard of an unseen age, 2 / (age + 10) a day, so alive on day k of the next 30
        // with chance (308 / (308 + k)) (309 / (309 + k)): the product of (308 + j) / (310 + j) for j < k
        double expected = 0;
        for (int k = 0; k < horizons[5]; k++) {
            expected += 308.0 / (308 + k) * 309.0 / (309 + k);
        }
        assertThat(StatisticalForecaster.UNSEEN_AGE_OFFSET).isEqualTo(10);
        assertThat(StatisticalForecaster.UNSEEN_AGE_RATE).isEqualTo(2);
        assertThat(old[300 * horizons.length + 5]).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void shouldRenewTheFirstMonthAtEveryReEstimateAndTheFarHorizonsEveryTwoWeeks() {
        int horizons = StatisticalForecaster.HORIZONS.length;
        int near = StatisticalForecaster.NEAR_HORIZON;
        int far = horizons - 1;
        StatisticalForecaster.Group group = newGroup();
        readOneDayIn(group, 100);
        group.refresh(0);
        group.tables();
        // a month-old object read yesterday
        int state = (StatisticalForecaster.ageBucket(30) * StatisticalForecaster.STATES + 1) * horizons;
        double nearBefore = group.renewal[state + near];
        double farBefore = group.renewal[state + far];

        // the group is read ten times as often, on the same exposure (no growth): re-estimated three days later
        readOneDayIn(group, 10);
        group.refresh(StatisticalForecaster.REFRESH_DAYS);
        group.tables();
        double nearAfter = group.renewal[state + near];

        assertThat(StatisticalForecaster.HORIZONS[near]).isEqualTo(30);
        assertThat(nearAfter).isGreaterThan(5 * nearBefore);
        assertThat(group.renewal[state + far]).isCloseTo(farBefore + nearAfter - nearBefore, within(1e-9));

        // two weeks after the last full renewal the far horizons are computed anew, as a new group with the same data does
        int full = StatisticalForecaster.FAR_REFRESH_DAYS;
        assertThat(full).isEqualTo(14);
        group.refresh(full);
        group.tables();
        StatisticalForecaster.Group same = newGroup();
        readOneDayIn(same, 10);
        same.refresh(full);
        same.tables();
        assertThat(group.renewal[state + far]).isEqualTo(same.renewal[state + far])
                .isGreaterThan(farBefore + nearAfter - nearBefore);
    }

    /** Scratch for a life table's doubling levels. */
    /** {@code n} objects {@code prefix + i + suffix} written on {@code day}, tracked by {@code f}. */
    private static java.util.List<View> upload(StatisticalForecaster f, String prefix, String suffix, int n, int day) {
        java.util.List<View> views = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            View v = new View(prefix + i + suffix, day);
            v.state = f.track(v, day);
            views.add(v);
        }
        return views;
    }

    /** Days 1 to {@code days}: every object looked at, those of {@code a} read once on each {@code everyA}-th day, of {@code b} each {@code everyB}-th. */
    private static void readEvery(StatisticalForecaster f, int days, java.util.List<View> a, int everyA,
                                  java.util.List<View> b, int everyB) {
        for (int day = 1; day <= days; day++) {
            for (int i = 0; i < a.size(); i++) {
                f.forecast(a.get(i).state, a.get(i), day);
                f.forecast(b.get(i).state, b.get(i), day);
                if (day % everyA == 0) {
                    f.observeRead(a.get(i).state, a.get(i), day, 1);
                }
                if (day % everyB == 0) {
                    f.observeRead(b.get(i).state, b.get(i), day, 1);
                }
            }
        }
    }

    private static double[][] scratch() {
        return new double[StatisticalForecaster.LIFE_LEVELS][StatisticalForecaster.AGE_CAP + 1];
    }

    /** A group with no parent (the population itself) and its own scratch. */
    private static StatisticalForecaster.Group newGroup() {
        return new StatisticalForecaster.Group(null, scratch(), scratch());
    }

    /** Ordinary-day counts of a group read on one day in {@code every}, at every age and idle state. */
    private static void readOneDayIn(StatisticalForecaster.Group group, int every) {
        for (int b = 0; b < StatisticalForecaster.AGE_BUCKETS; b++) {
            for (int i = 0; i < StatisticalForecaster.IDLE_STATES; i++) {
                group.idleExposure[b][i] = 1000;
                group.idleHits[b][i] = 1000.0 / every;
            }
        }
    }

    @Test
    void shouldPutTheFirstOfTheMonthInItsOwnCohortAndOtherDaysByWeekday() {
        assertThat(StatisticalForecaster.cohort(java.time.LocalDate.of(2026, 11, 1).toEpochDay())).isEqualTo(7);
        assertThat(StatisticalForecaster.cohort(java.time.LocalDate.of(2026, 11, 2).toEpochDay())).isEqualTo(0);
        assertThat(StatisticalForecaster.cohort(java.time.LocalDate.of(2026, 11, 8).toEpochDay())).isEqualTo(6);
    }

    @Test
    void shouldGroupObjectsByFirstKeySegmentAndExtension() {
        assertThat(StatisticalForecaster.groupKey("media/uploads/2026/01/01/abc.JPG")).isEqualTo("media|jpg");
        assertThat(StatisticalForecaster.groupKey("backups/db-1/2026-01-01/x.tar.zst")).isEqualTo("backups|zst");
        assertThat(StatisticalForecaster.groupKey("README")).isEqualTo("|");
        assertThat(StatisticalForecaster.groupKey("dir.v2/file")).isEqualTo("dir.v2|");
    }
}
