package io.cloudflux.tiering.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import io.cloudflux.tiering.bill.Bill;
import io.cloudflux.tiering.bill.BillSink;
import io.cloudflux.tiering.bill.LineItem;
import io.cloudflux.tiering.bill.Placement;
import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.bill.ObjectMeter;
import io.cloudflux.tiering.oracle.DailyAccesses;
import io.cloudflux.tiering.oracle.Oracle;
import io.cloudflux.tiering.oracle.Plan;
import io.cloudflux.tiering.policy.ObjectView;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.policy.Policy;
import io.cloudflux.tiering.trace.TraceEvent;

/**
 * Replays a trace, in time order, against online policies and, optionally, the oracle. It keeps
 * state only for live objects and bills each object as it goes; the oracle keeps each live object's
 * reads per day and solves an object when it is deleted or the trace ends. Day 0 is the UTC day of
 * the first event.
 */
public final class Simulator implements Consumer<TraceEvent> {
    private final CostModel model;
    private final List<Policy> policies;
    private final Bill[] bills;
    private final Oracle oracle;
    private final Bill oracleBill = new Bill();
    private final Map<String, Live> live = new HashMap<>();
    private long firstEpochDay = Long.MIN_VALUE;
    private int lastDay;
    private long events;
    private long objects;
    private long orphans;
    private long oracleNanos;
    /** Whether objects still alive when the trace ends pay what remains of their minimum storage duration. */
    private boolean commitmentsOwedAtEnd;
    /** Splits the bills by a segment of each object (its key prefix, its workload), or null. */
    private Function<String, String> segmentOf;
    /** Per segment, one bill per policy and, last, the oracle's. */
    private final Map<String, Bill[]> segments = new LinkedHashMap<>();

    public Simulator(CostModel model, List<Policy> policies, boolean withOracle) {
        this.model = model;
        this.policies = List.copyOf(policies);
        this.bills = new Bill[policies.size()];
        for (int i = 0; i < bills.length; i++) {
            bills[i] = new Bill();
        }
        this.oracle = withOracle ? new Oracle(model) : null;
    }

    /**
     * Also keeps each policy's bill split by {@code segment} of the object's key (for example its first key segment),
     * for {@link #segments}; call before the first event. Returns this.
     */
    public Simulator segmentedBy(Function<String, String> segment) {
        if (events > 0) {
            throw new IllegalStateException("segments must be chosen before the first event");
        }
        this.segmentOf = segment;
        return this;
    }

    /**
     * Bills every object still alive when the trace ends as if it were deleted then: what remains of its current
     * placement's minimum storage duration is charged as early deletion, for every policy and the oracle, and the
     * oracle plans for it. By default it is not (nothing is owed at the end), and the oracle, which knows where the
     * trace ends, may commit an object to a long minimum duration just before the end for free, which no online
     * policy can. Call before the first event. Returns this.
     */
    public Simulator commitmentsOwedAtEnd() {
        if (events > 0) {
            throw new IllegalStateException("the end-of-trace rule must be chosen before the first event");
        }
        this.commitmentsOwedAtEnd = true;
        return this;
    }

    /** Each segment's results, in the order segments were first seen, policies in {@link ReplayResult}'s order. */
    public Map<String, List<PolicyResult>> segments() {
        Map<String, List<PolicyResult>> out = new LinkedHashMap<>();
        segments.forEach((name, b) -> {
            List<PolicyResult> results = new ArrayList<>();
            for (int i = 0; i < policies.size(); i++) {
                results.add(new PolicyResult(policies.get(i).name(), b[i]));
            }
            if (oracle != null) {
                results.add(new PolicyResult(Policies.ORACLE, b[policies.size()]));
            }
            out.put(name, results);
        });
        return out;
    }

    /** Where policy {@code i}'s (the oracle's: {@code policies.size()}) charges for {@code key} go. */
    private BillSink sink(String key, int i) {
        Bill whole = i < bills.length ? bills[i] : oracleBill;
        if (segmentOf == null) {
            return whole;
        }
        Bill part = segments.computeIfAbsent(segmentOf.apply(key), k -> {
            Bill[] b = new Bill[policies.size() + 1];
            for (int j = 0; j < b.length; j++) {
                b[j] = new Bill();
            }
            return b;
        })[i];
        return new BillSink() {
            @Override
            public void charge(int fromDay, int days, LineItem item, double usd, Placement where) {
                whole.charge(fromDay, days, item, usd, where);
                part.charge(fromDay, days, item, usd, where);
            }

            @Override
            public void transition(int day, Placement from, Placement to, String tier) {
                whole.transition(day, from, to, tier);
                part.transition(day, from, to, tier);
            }
        };
    }

    /** One live object: what every policy may know about it, and its meter under each policy. */
    private static final class Live {
        final String key;
        final long size;
        final int putDay;
        int lastReadDay = -1;
        long reads;
        int readDays;
        final Run[] runs;
        final DailyAccesses accesses;

        Live(String key, long size, int putDay, int policies, boolean oracle) {
            this.key = key;
            this.size = size;
            this.putDay = putDay;
            this.runs = new Run[policies];
            this.accesses = oracle ? new DailyAccesses() : null;
        }
    }

    /** One object under one policy. */
    private final class Run implements ObjectView {
        final Live o;
        ObjectMeter meter;
        int nextReview;
        int pending = -1;
        int pendingFrom = Integer.MAX_VALUE;
        Object state;

        Run(Live o) {
            this.o = o;
        }

        @Override
        public String key() {
            return o.key;
        }

        @Override
        public long sizeBytes() {
            return o.size;
        }

        @Override
        public int putDay() {
            return o.putDay;
        }

        @Override
        public long epochDay(int day) {
            return firstEpochDay + day;
        }

        @Override
        public int lastReadDay() {
            return o.lastReadDay;
        }

        @Override
        public int lastAccessDay() {
            return Math.max(o.putDay, o.lastReadDay);
        }

        @Override
        public long reads() {
            return o.reads;
        }

        @Override
        public int readDays() {
            return o.readDays;
        }

        @Override
        public int placement() {
            return meter == null ? -1 : meter.placement();
        }

        @Override
        public int placedDay() {
            return meter == null ? o.putDay : meter.placedDay();
        }

        @Override
        public Object policyState() {
            return state;
        }

        @Override
        public void policyState(Object s) {
            state = s;
        }
    }

    @Override
    public void accept(TraceEvent e) {
        if (firstEpochDay == Long.MIN_VALUE) {
            firstEpochDay = e.epochDay();
        }
        int day = (int) (e.epochDay() - firstEpochDay);
        if (day < lastDay) {
            throw new IllegalArgumentException("events must be in time order: day " + day + " after day " + lastDay);
        }
        lastDay = day;
        events++;
        Live o = live.get(e.objectId());
        switch (e.operation()) {
            case PUT -> {
                if (o != null) {
                    end(o, day, true);
                }
                put(e.objectId(), e.sizeBytes(), day);
            }
            case GET -> {
                if (o == null) {
                    orphans++;
                } else {
                    read(o, day);
                }
            }
            case HEAD -> {
                if (o == null) {
                    orphans++;
                } else {
                    head(o, day);
                }
            }
            case DELETE -> {
                if (o == null) {
                    orphans++;
                } else {
                    end(o, day, true);
                    live.remove(e.objectId());
                }
            }
        }
    }

    private void put(String key, long size, int day) {
        Live o = new Live(key, size, day, policies.size(), oracle != null);
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            Run r = new Run(o);
            o.runs[i] = r;
            int placement = p.place(r, day);
            r.meter = new ObjectMeter(model, sink(key, i), size, day, placement);
            r.nextReview = Math.max(day + 1, p.nextReview(r, day));
        }
        live.put(key, o);
        objects++;
    }

    private void read(Live o, int day) {
        advance(o, day);
        if (o.lastReadDay != day) {
            o.readDays++;
        }
        o.lastReadDay = day;
        o.reads++;
        if (o.accesses != null) {
            o.accesses.read(day, 1);
        }
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            Run r = o.runs[i];
            r.meter.read(day, 1);
            int target = p.onRead(r, day, 1);
            if (target != r.meter.placement()) {
                r.pending = target;
                r.pendingFrom = day + 1;
            } else {
                r.pending = -1;
                r.pendingFrom = Integer.MAX_VALUE;
            }
            r.nextReview = Math.max(day + 1, p.nextReview(r, day));
        }
    }

    private void head(Live o, int day) {
        advance(o, day);
        if (o.accesses != null) {
            o.accesses.head(day, 1);
        }
        for (Run r : o.runs) {
            r.meter.head(day, 1);
        }
    }

    /** Brings every policy's view of the object to the start of {@code day}: pending moves and daily reviews. */
    private void advance(Live o, int day) {
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            Run r = o.runs[i];
            while (true) {
                int next = Math.min(r.pendingFrom, r.nextReview);
                if (next > day) {
                    break;
                }
                if (r.pendingFrom == next) {
                    r.meter.move(next, r.pending);
                    r.pending = -1;
                    r.pendingFrom = Integer.MAX_VALUE;
                }
                if (r.nextReview == next) {
                    r.meter.move(next, p.review(r, next));
                    r.nextReview = Math.max(next + 1, p.nextReview(r, next));
                }
            }
        }
    }

    /** Ends an object's life: {@code deleted} on {@code lastDay}, or still alive when the trace ends after it. */
    private void end(Live o, int lastDay, boolean deleted) {
        advance(o, lastDay);
        boolean owes = deleted || commitmentsOwedAtEnd;
        for (int i = 0; i < policies.size(); i++) {
            o.runs[i].meter.end(lastDay, owes);
            policies.get(i).onEnd(o.runs[i], lastDay, deleted);
        }
        if (oracle != null) {
            long t0 = System.nanoTime();
            Plan plan = oracle.solve(o.size, o.putDay, lastDay, owes, o.accesses);
            oracle.bill(plan, o.size, o.putDay, lastDay, owes, o.accesses, sink(o.key, policies.size()));
            oracleNanos += System.nanoTime() - t0;
        }
    }

    /** Ends the trace: bills every object still alive through the last day, and returns the bills. */
    public ReplayResult finish() {
        for (Live o : live.values()) {
            end(o, lastDay, false);
        }
        live.clear();
        List<PolicyResult> results = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            results.add(new PolicyResult(policies.get(i).name(), bills[i]));
        }
        if (oracle != null) {
            results.add(new PolicyResult(Policies.ORACLE, oracleBill));
        }
        return new ReplayResult(objects, events, events == 0 ? 0 : lastDay + 1, model.home(), results, orphans);
    }

    /** Objects alive right now. */
    public int liveObjects() {
        return live.size();
    }

    /** Time spent solving and billing the oracle so far. */
    public long oracleNanos() {
        return oracleNanos;
    }
}
