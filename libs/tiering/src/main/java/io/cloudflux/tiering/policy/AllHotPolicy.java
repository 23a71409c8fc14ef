package io.cloudflux.tiering.policy;

import io.cloudflux.tiering.bill.CostModel;

/** Everything in the home provider's hottest class, forever: the bill with no tiering at all. */
final class AllHotPolicy implements Policy {
    private final int hottest;

    AllHotPolicy(CostModel model) {
        this.hottest = model.hottest().index();
    }

    @Override
    public String name() {
        return "all-hot";
    }

    @Override
    public int place(ObjectView o, int day) {
        return hottest;
    }

    @Override
    public int nextReview(ObjectView o, int day) {
        return NEVER;
    }
}
