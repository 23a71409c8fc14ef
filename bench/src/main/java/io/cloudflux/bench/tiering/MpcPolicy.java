package io.cloudflux.bench.tiering;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.oracle.Oracle;
import io.cloudflux.tiering.oracle.Plan;
import io.cloudflux.tiering.policy.Forecast;
import io.cloudflux.tiering.policy.Forecaster;
import io.cloudflux.tiering.policy.ObjectView;
import io.cloudflux.tiering.policy.Policy;

/**
 * Experiment: receding-horizon planning. At upload, after a day with reads, at each planned switch and every
 * {@link #REPLAN} days, the forecaster's expected reads per day over the next {@link #HORIZON} days are planned by
 * the oracle's dynamic programme over manual classes from where the object is; today's step of the plan is taken.
 */
final class MpcPolicy implements Policy {
    static final int HORIZON = 365;
    static final int REPLAN = 30;

    private final Forecaster forecaster;
    private final Oracle planner;
    private final String name;

    private static final class State {
        final Object forecast;
        Plan plan;
        int solved;
        boolean dirty;

        State(Object forecast) {
            this.forecast = forecast;
        }
    }

    MpcPolicy(String name, CostModel model, Forecaster forecaster) {
        this.name = name;
        this.forecaster = forecaster;
        this.planner = Oracle.overManualClasses(model);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int place(ObjectView o, int day) {
        State s = new State(forecaster.track(o, day));
        o.policyState(s);
        solve(s, o, day, true);
        return s.plan.placementOn(day);
    }

    @Override
    public int onRead(ObjectView o, int day, int count) {
        State s = (State) o.policyState();
        forecaster.observeRead(s.forecast, o, day, count);
        s.dirty = true;
        return o.placement();
    }

    @Override
    public int review(ObjectView o, int day) {
        State s = (State) o.policyState();
        solve(s, o, day, false);
        return s.plan.placementOn(day);
    }

    @Override
    public int nextReview(ObjectView o, int day) {
        State s = (State) o.policyState();
        if (s.dirty) {
            return day + 1;
        }
        return Math.max(day + 1, Math.min(s.plan.nextMoveAfter(day), s.solved + REPLAN));
    }

    @Override
    public void onEnd(ObjectView o, int lastDay, boolean deleted) {
        forecaster.observeEnd(((State) o.policyState()).forecast, o, lastDay, deleted);
    }

    private void solve(State s, ObjectView o, int day, boolean fresh) {
        Forecast f = forecaster.forecast(s.forecast, o, day);
        int last = day + HORIZON - 1;
        boolean deleted = false;
        double[] reads = new double[HORIZON];
        double prevReads = 0;
        double prevAlive = 0;
        for (int t = 0; t < HORIZON; t++) {
            double alive = f.expectedAliveDays(t + 1);
            if (alive - prevAlive < 0.5) {
                last = day + t - 1;
                deleted = true;
                break;
            }
            double r = f.expectedReads(t + 1);
            reads[t] = r - prevReads;
            prevReads = r;
            prevAlive = alive;
        }
        last = Math.max(day, last);
        s.plan = fresh ? planner.solveExpected(o.sizeBytes(), day, last, deleted, reads)
                : planner.solveExpectedFrom(o.sizeBytes(), day, last, deleted, reads, o.placement(), day - o.placedDay());
        s.solved = day;
        s.dirty = false;
    }
}
