package io.cloudflux.bench.tiering;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.oracle.Oracle;
import io.cloudflux.tiering.oracle.Plan;
import io.cloudflux.tiering.policy.ObjectView;
import io.cloudflux.tiering.policy.Policy;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;

/**
 * An online policy that knows the generator's law ({@link SyntheticTraceGenerator#law()}) and nothing of the draws:
 * at upload it plans the object's whole life as the schedule of manual classes with the least expected cost (the
 * oracle's dynamic programme over the expected reads per day) and follows it. Where an object's law does not change
 * with what is observed (media, backups, analytics, the hot set up to its drift) no online policy that uses manual
 * classes only can expect to pay less, so its ratio to the oracle is what the future's draws alone cost.
 */
final class LawPlanPolicy implements Policy {
    private final SyntheticTraceGenerator.Law law;
    private final Oracle planner;
    private final int lastDay;

    LawPlanPolicy(CostModel model, SyntheticTraceGenerator.Law law, int days) {
        this.law = law;
        this.planner = Oracle.overManualClasses(model);
        this.lastDay = days - 1;
    }

    @Override
    public String name() {
        return "law-plan";
    }

    @Override
    public int place(ObjectView o, int day) {
        int last = day;
        while (last < lastDay && law.alive(o.key(), day, last + 1) > 0) {
            last++;
        }
        boolean deleted = last < lastDay || law.alive(o.key(), day, last + 1) == 0;
        double[] reads = new double[last - day + 1];
        for (int d = day; d <= last; d++) {
            reads[d - day] = law.alive(o.key(), day, d) * law.expectedReads(o.key(), day, d, -1);
        }
        Plan plan = planner.solveExpected(o.sizeBytes(), day, last, deleted, reads);
        o.policyState(plan);
        return plan.placements()[0];
    }

    @Override
    public int review(ObjectView o, int day) {
        return ((Plan) o.policyState()).placementOn(day);
    }

    @Override
    public int nextReview(ObjectView o, int day) {
        return ((Plan) o.policyState()).nextMoveAfter(day);
    }
}
