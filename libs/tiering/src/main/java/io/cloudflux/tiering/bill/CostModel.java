package io.cloudflux.tiering.bill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cloudflux.tiering.catalog.AutoTier;
import io.cloudflux.tiering.catalog.PriceCatalog;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.catalog.ProviderPrices;
import io.cloudflux.tiering.catalog.StorageClass;

/**
 * The prices of every placement a run may use, flattened into arrays so that billing an event is
 * a few multiplications. Readers of the data are in the {@code home} provider: an object kept in
 * another cloud pays that cloud's egress on every read.
 *
 * <p>Units and conventions: a GB is 2^30 bytes, a month is 365/12 days, storage is billed per whole
 * day (the day of upload and the day of deletion both count), a placement change takes effect at
 * the start of a day.
 */
public final class CostModel {
    public static final double BYTES_PER_GB = 1L << 30;
    public static final double DAYS_PER_MONTH = 365.0 / 12;
    /**
     * Days a restore's temporary copy is billed, on average. S3 expires a one-day restore at the first midnight (UTC)
     * a day after the restore completed: a restore asked at a uniform time of day d and done 4 hours (Glacier
     * Flexible Retrieval, standard) or 12 hours (Deep Archive) later is kept 36 hours on average, and is there
     * through day d + 1 whenever it was asked.
     */
    public static final double RESTORED_COPY_DAYS = 1.5;

    private final PriceCatalog catalog;
    private final Provider home;
    private final List<Placement> placements;
    private final double[] storagePerByteDay;
    private final double[] hottestOverheadUsdPerDay;
    private final long[] minBillable;
    private final long[] overhead;
    private final int[] minDays;
    private final double[] write;
    private final double[] read;
    private final double[] head;
    private final double[] retrievalPerByte;
    private final double[] retrievalPerRequest;
    /** Whether a read must restore the object first (archive classes that need rehydration). */
    private final boolean[] restores;
    /** A restored object's reads hit a temporary copy at the hottest class: its read fee, and its storage per byte-day. */
    private final double[] copyRead;
    private final double[] copyPerByteDay;
    private final double[] readEgressPerByte;
    private final double[] egressPerByte;
    private final int[][] tierIdleDays;
    private final double[][] tierPerByteDay;
    private final String[][] tierNames;
    private final long[] minTieringBytes;
    private final double[] monitoringPerDay;
    private final boolean[][] lifecycle;
    /** Whether a move between two placements leaves the source's provider (and pays its egress). */
    private final boolean[][] crossing;

    /** A model of one provider only. */
    public CostModel(PriceCatalog catalog, Provider home) {
        this(catalog, home, Set.of(home));
    }

    /** A model where objects may live in any of {@code allowed} (home is always allowed). */
    public CostModel(PriceCatalog catalog, Provider home, Set<Provider> allowed) {
        this.catalog = catalog;
        this.home = home;
        Set<Provider> providers = new LinkedHashSet<>();
        providers.add(home);
        for (Provider p : Provider.values()) {
            if (allowed.contains(p)) {
                providers.add(p);
            }
        }
        List<Placement> ps = new ArrayList<>();
        for (Provider p : providers) {
            for (StorageClass c : catalog.provider(p).classes().values()) {
                ps.add(new Placement(ps.size(), c, false));
                if (c.isAutoTiering() && c.autoTiering().tiers().stream().anyMatch(AutoTier::optIn)) {
                    ps.add(new Placement(ps.size(), c, true));
                }
            }
        }
        placements = Collections.unmodifiableList(ps);
        int n = ps.size();
        storagePerByteDay = new double[n];
        hottestOverheadUsdPerDay = new double[n];
        minBillable = new long[n];
        overhead = new long[n];
        minDays = new int[n];
        write = new double[n];
        read = new double[n];
        head = new double[n];
        retrievalPerByte = new double[n];
        retrievalPerRequest = new double[n];
        restores = new boolean[n];
        copyRead = new double[n];
        copyPerByteDay = new double[n];
        readEgressPerByte = new double[n];
        egressPerByte = new double[n];
        tierIdleDays = new int[n][];
        tierPerByteDay = new double[n][];
        tierNames = new String[n][];
        minTieringBytes = new long[n];
        monitoringPerDay = new double[n];
        lifecycle = new boolean[n][n];
        crossing = new boolean[n][n];
        for (Placement pl : ps) {
            int i = pl.index();
            StorageClass c = pl.storageClass();
            ProviderPrices pp = catalog.provider(c.provider());
            storagePerByteDay[i] = perByteDay(c.storageUsdPerGbMonth());
            hottestOverheadUsdPerDay[i] = c.overheadHottestBytes().value() * perByteDay(pp.hottestClass().storageUsdPerGbMonth());
            minBillable[i] = c.minBillableBytes().longValue();
            overhead[i] = c.overheadBytes().longValue();
            minDays[i] = c.minDays();
            write[i] = c.writeUsd();
            read[i] = c.readUsd();
            head[i] = pp.otherRequestUsd();
            retrievalPerByte[i] = c.retrievalUsdPerGb() / BYTES_PER_GB;
            retrievalPerRequest[i] = c.retrievalUsdPerRequest();
            restores[i] = c.rehydration() && !c.isAutoTiering();
            copyRead[i] = pp.hottestClass().readUsd();
            copyPerByteDay[i] = perByteDay(pp.hottestClass().storageUsdPerGbMonth());
            egressPerByte[i] = pp.egress().internetUsdPerGb() / BYTES_PER_GB;
            readEgressPerByte[i] = c.provider() == home ? 0 : egressPerByte[i];
            if (c.isAutoTiering()) {
                List<AutoTier> tiers = c.autoTiering().tiers(pl.optInTiers());
                tierIdleDays[i] = tiers.stream().mapToInt(AutoTier::idleDays).toArray();
                tierPerByteDay[i] = tiers.stream().mapToDouble(t -> perByteDay(t.storagePerGbMonth().value())).toArray();
                tierNames[i] = tiers.stream().map(AutoTier::name).toArray(String[]::new);
                minTieringBytes[i] = c.autoTiering().minTieringBytes().longValue();
                monitoringPerDay[i] = c.autoTiering().monitoringPer1kObjects().value() / 1000
                        / c.autoTiering().monitoringPeriodDays().value();
            }
        }
        for (Placement a : ps) {
            for (Placement b : ps) {
                crossing[a.index()][b.index()] = a.provider() != b.provider();
                lifecycle[a.index()][b.index()] = a.provider() == b.provider() && a.index() != b.index()
                        && catalog.provider(a.provider()).isLifecycleTransition(a.storageClass().name(), b.storageClass().name());
            }
        }
    }

    private static double perByteDay(double usdPerGbMonth) {
        return usdPerGbMonth / BYTES_PER_GB / DAYS_PER_MONTH;
    }

    public PriceCatalog catalog() {
        return catalog;
    }

    public Provider home() {
        return home;
    }

    public List<Placement> placements() {
        return placements;
    }

    public Placement placement(int index) {
        return placements.get(index);
    }

    /** The placement of {@code className} at {@code provider} (without opt-in tiers). */
    public Placement placement(Provider provider, String className) {
        return placement(provider, className, false);
    }

    public Placement placement(Provider provider, String className, boolean optInTiers) {
        for (Placement p : placements) {
            if (p.provider() == provider && p.storageClass().name().equals(className) && p.optInTiers() == optInTiers) {
                return p;
            }
        }
        throw new IllegalArgumentException("placement " + provider.id() + ":" + className + (optInTiers ? "+optin" : "")
                + " is not in this model");
    }

    /** The hottest class of the home provider. */
    public Placement hottest() {
        return placement(home, catalog.provider(home).hottest());
    }

    public int size() {
        return placements.size();
    }

    public boolean isAuto(int p) {
        return tierIdleDays[p] != null;
    }

    public int minDays(int p) {
        return minDays[p];
    }

    /** Storage of a manual class per day, minimum billable size and per-object overhead included. */
    public double storagePerDay(int p, long size) {
        if (isAuto(p)) {
            return tierPerDay(p, 0, size);
        }
        return (Math.max(size, minBillable[p]) + overhead[p]) * storagePerByteDay[p] + hottestOverheadUsdPerDay[p];
    }

    /** Storage per day in tier {@code tier} of an automatic-tiering placement. */
    public double tierPerDay(int p, int tier, long size) {
        return size * tierPerByteDay[p][tier];
    }

    /** Whether an object of this size is moved between tiers (and pays monitoring) at all. */
    public boolean tiers(int p, long size) {
        return isAuto(p) && size >= minTieringBytes[p];
    }

    /** The tier an object is in after {@code idleDays} days without access. */
    public int tierAt(int p, int idleDays, long size) {
        if (!tiers(p, size)) {
            return 0;
        }
        int[] days = tierIdleDays[p];
        int t = 0;
        while (t + 1 < days.length && days[t + 1] <= idleDays) {
            t++;
        }
        return t;
    }

    /** Idle days at which tier {@code tier} begins. */
    public int tierStart(int p, int tier) {
        return tierIdleDays[p][tier];
    }

    public int tierCount(int p) {
        return isAuto(p) ? tierIdleDays[p].length : 1;
    }

    public String tierName(int p, int tier) {
        return isAuto(p) ? tierNames[p][tier] : placements.get(p).storageClass().name();
    }

    /** Idle days after which nothing changes any more (the last tier's start), 0 for a manual class. */
    public int lastTierStart(int p, long size) {
        return tiers(p, size) ? tierIdleDays[p][tierIdleDays[p].length - 1] : 0;
    }

    public double monitoringPerDay(int p, long size) {
        return tiers(p, size) ? monitoringPerDay[p] : 0;
    }

    public double writeUsd(int p) {
        return write[p];
    }

    public double headUsd(int p) {
        return head[p];
    }

    /**
     * Whether a read of {@code p} must restore (rehydrate) the object first, as S3 Glacier Flexible Retrieval, S3
     * Glacier Deep Archive and Azure Archive require: the day's reads are then served from a temporary copy.
     */
    public boolean restores(int p) {
        return restores[p];
    }

    /** The request fee of one read: at a restoring class, a read of the temporary copy. */
    public double readRequestUsd(int p) {
        return restores[p] ? copyRead[p] : read[p];
    }

    /** Retrieval fee of reading the whole object back once, restore request fee included (a read, a restore or a copy). */
    public double readRetrievalUsd(int p, long size) {
        return size * retrievalPerByte[p] + retrievalPerRequest[p];
    }

    /** Retrieval fee of one read: none at a restoring class, whose reads come from the day's restored copy. */
    public double perReadRetrievalUsd(int p, long size) {
        return restores[p] ? 0 : readRetrievalUsd(p, size);
    }

    /** The restore's request fee (the class's own read fee: the restore or rehydration request), 0 if it needs none. */
    public double restoreRequestUsd(int p) {
        return restores[p] ? read[p] : 0;
    }

    /** The temporary copy's storage for {@link #RESTORED_COPY_DAYS} days, at the provider's hottest class; 0 if it needs none. */
    public double restoredCopyUsd(int p, long size) {
        return restores[p] ? RESTORED_COPY_DAYS * size * copyPerByteDay[p] : 0;
    }

    /**
     * What a day with at least one read costs once, on top of its reads: a restore (its request, the retrieval of
     * the whole object, and the temporary copy's {@link #RESTORED_COPY_DAYS}), or 0 where reads need no restore.
     */
    public double readDayUsd(int p, long size) {
        return restores[p] ? restoreRequestUsd(p) + readRetrievalUsd(p, size) + restoredCopyUsd(p, size) : 0;
    }

    /** Egress of one read of the whole object: zero unless it lives outside the home provider. */
    public double readEgressUsd(int p, long size) {
        return size * readEgressPerByte[p];
    }

    /** What each read costs beyond its day's {@link #readDayUsd}: request, retrieval where there is no restore, egress. */
    public double perReadUsd(int p, long size) {
        return readRequestUsd(p) + perReadRetrievalUsd(p, size) + readEgressUsd(p, size);
    }

    /** Everything a lone read costs (the only one of its day): {@link #perReadUsd} plus {@link #readDayUsd}. */
    public double readUsd(int p, long size) {
        return perReadUsd(p, size) + readDayUsd(p, size);
    }

    /** Early-deletion charge for leaving {@code p} after {@code daysStayed} days. */
    public double earlyDeletionUsd(int p, int daysStayed, long size) {
        int owed = minDays[p] - daysStayed;
        return owed <= 0 ? 0 : owed * storagePerDay(p, size);
    }

    /** Whether {@code from → to} is a lifecycle transition (billed as one request at the target). */
    public boolean isLifecycleTransition(int from, int to) {
        return lifecycle[from][to];
    }

    /** Request fees of a move: one request at the target, plus reading the source unless it is a lifecycle transition. */
    public double moveRequestsUsd(int from, int to) {
        return lifecycle[from][to] ? write[to] : read[from] + write[to];
    }

    /** Retrieval fee of a move (the data is read back unless it is a lifecycle transition). */
    public double moveRetrievalUsd(int from, int to, long size) {
        return lifecycle[from][to] ? 0 : readRetrievalUsd(from, size);
    }

    /**
     * The retrieval a move does not pay the day after a restore: it copies the restored copy, still there (0 unless
     * {@code from} restores before a read and the move reads the data back).
     */
    public double retrievalRestoredUsd(int from, int to, long size) {
        return restores[from] ? moveRetrievalUsd(from, to, size) : 0;
    }

    /**
     * Retrieval fee of a move made the day after a read if {@code readYesterday}: none out of a class that restores
     * before a read (the move copies the restored copy), else {@link #moveRetrievalUsd(int, int, long)}.
     */
    public double moveRetrievalUsd(int from, int to, long size, boolean readYesterday) {
        return readYesterday && restores[from] ? 0 : moveRetrievalUsd(from, to, size);
    }

    /** Egress of a move: the source provider's internet rate when the move leaves it. */
    public double moveEgressUsd(int from, int to, long size) {
        return crossing[from][to] ? size * egressPerByte[from] : 0;
    }

    /** Everything a move costs except the early-deletion charge, which depends on how long the object stayed. */
    public double moveUsd(int from, int to, long size) {
        return moveRequestsUsd(from, to) + moveRetrievalUsd(from, to, size) + moveEgressUsd(from, to, size);
    }

    /** {@link #moveUsd}, the day after a read if {@code readYesterday}: see {@link #moveRetrievalUsd(int, int, long, boolean)}. */
    public double moveUsd(int from, int to, long size, boolean readYesterday) {
        return moveRequestsUsd(from, to) + moveRetrievalUsd(from, to, size, readYesterday) + moveEgressUsd(from, to, size);
    }
}
