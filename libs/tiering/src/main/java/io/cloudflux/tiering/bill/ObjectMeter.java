package io.cloudflux.tiering.bill;

/**
 * Bills one life of one object (from its PUT to its deletion or the end of the trace) while it is
 * moved between placements. Storage is billed lazily in spans, so an idle object costs nothing to
 * meter until its next event. Calls must come in day order; a placement change takes effect at the
 * start of its day, before that day's reads.
 */
public final class ObjectMeter {
    private final CostModel model;
    private final BillSink sink;
    private final long size;
    private int placement;
    private int placedDay;
    private int idleStart;
    private int billedUntil;
    private int tier;
    /**
     * The last day a restore was paid at the current placement: its temporary copy serves that day's reads, and a
     * move out the next day copies it.
     */
    private int restoredDay = Integer.MIN_VALUE;

    /** Starts a life: the object is written to {@code placement} on {@code day}. */
    public ObjectMeter(CostModel model, BillSink sink, long size, int day, int placement) {
        this.model = model;
        this.sink = sink;
        this.size = size;
        this.placement = placement;
        this.placedDay = day;
        this.idleStart = day;
        this.billedUntil = day;
        sink.charge(day, 1, LineItem.REQUESTS, model.writeUsd(placement), model.placement(placement));
    }

    public int placement() {
        return placement;
    }

    public int placedDay() {
        return placedDay;
    }

    public long size() {
        return size;
    }

    /** Bills storage and monitoring for every day before {@code day} not billed yet. */
    public void advance(int day) {
        if (day <= billedUntil) {
            return;
        }
        Placement where = model.placement(placement);
        if (!model.tiers(placement, size)) {
            int n = day - billedUntil;
            sink.charge(billedUntil, n, LineItem.STORAGE, n * model.storagePerDay(placement, size), where);
        } else {
            billTiers(day, where);
        }
        billedUntil = day;
    }

    private void billTiers(int day, Placement where) {
        int from = billedUntil;
        while (from < day) {
            int t = model.tierAt(placement, from - idleStart, size);
            if (t != tier) {
                sink.transition(from, where, where, model.tierName(placement, t));
                tier = t;
            }
            int to = day;
            if (t + 1 < model.tierCount(placement)) {
                to = Math.min(day, idleStart + model.tierStart(placement, t + 1));
            }
            int n = to - from;
            sink.charge(from, n, LineItem.STORAGE, n * model.tierPerDay(placement, t, size), where);
            from = to;
        }
        int n = day - billedUntil;
        sink.charge(billedUntil, n, LineItem.MONITORING, n * model.monitoringPerDay(placement, size), where);
    }

    /**
     * {@code count} data reads on {@code day}; they also reset an automatic-tiering clock. At a class that must be
     * restored before it is read, the day's first read pays the restore (request, retrieval, the temporary copy's
     * {@link CostModel#RESTORED_COPY_DAYS} days) and every read of that day is served from the copy.
     */
    public void read(int day, int count) {
        Placement where = model.placement(placement);
        if (model.restores(placement) && restoredDay != day) {
            restoredDay = day;
            sink.charge(day, 1, LineItem.REQUESTS, model.restoreRequestUsd(placement), where);
            sink.charge(day, 1, LineItem.RETRIEVAL, model.readRetrievalUsd(placement, size), where);
            sink.charge(day, 1, LineItem.STORAGE, model.restoredCopyUsd(placement, size), where);
        }
        sink.charge(day, 1, LineItem.REQUESTS, count * model.readRequestUsd(placement), where);
        double retrieval = model.perReadRetrievalUsd(placement, size);
        if (retrieval > 0) {
            sink.charge(day, 1, LineItem.RETRIEVAL, count * retrieval, where);
        }
        double egress = model.readEgressUsd(placement, size);
        if (egress > 0) {
            sink.charge(day, 1, LineItem.EGRESS, count * egress, where);
        }
        if (model.tiers(placement, size)) {
            advance(day + 1);
            idleStart = day;
        }
    }

    /** {@code count} HEAD requests on {@code day}: a request fee, not an access. */
    public void head(int day, int count) {
        sink.charge(day, 1, LineItem.REQUESTS, count * model.headUsd(placement), model.placement(placement));
    }

    /**
     * Moves the object to {@code to} from the start of {@code day}, paying what leaving early and moving cost; the day
     * after a restore, a copy out of a restoring class reads the restored copy and pays no retrieval again.
     */
    public void move(int day, int to) {
        if (to == placement) {
            return;
        }
        if (day < billedUntil) {
            throw new IllegalStateException("move on day " + day + " but already billed until day " + billedUntil);
        }
        advance(day);
        Placement from = model.placement(placement);
        Placement target = model.placement(to);
        double early = model.earlyDeletionUsd(placement, day - placedDay, size);
        if (early > 0) {
            sink.charge(day, 1, LineItem.EARLY_DELETION, early, from);
        }
        sink.charge(day, 1, LineItem.TRANSITIONS, model.moveRequestsUsd(placement, to), target);
        double retrieval = model.moveRetrievalUsd(placement, to, size, restoredDay == day - 1);
        if (retrieval > 0) {
            sink.charge(day, 1, LineItem.RETRIEVAL, retrieval, from);
        }
        double egress = model.moveEgressUsd(placement, to, size);
        if (egress > 0) {
            sink.charge(day, 1, LineItem.EGRESS, egress, from);
        }
        sink.transition(day, from, target, model.tierName(to, 0));
        placement = to;
        placedDay = day;
        idleStart = day;
        tier = 0;
        restoredDay = Integer.MIN_VALUE;
    }

    /** Ends the life after {@code lastDay}: deleted (early-deletion charge owed) or still there when the trace ends. */
    public void end(int lastDay, boolean deleted) {
        advance(lastDay + 1);
        if (deleted) {
            double early = model.earlyDeletionUsd(placement, lastDay + 1 - placedDay, size);
            if (early > 0) {
                sink.charge(lastDay, 1, LineItem.EARLY_DELETION, early, model.placement(placement));
            }
        }
    }
}
