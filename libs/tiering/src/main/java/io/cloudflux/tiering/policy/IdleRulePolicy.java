package io.cloudflux.tiering.policy;

/**
 * A lifecycle rule of the "after N days, move to class X" kind, counting days either since the
 * upload (the classic age rule) or since the last access (Azure's last-access-time rule, which can
 * also bring an object back to the hot tier when it is read). Objects smaller than a target class's
 * minimum billable size are not moved there, as S3 lifecycle does not.
 */
final class IdleRulePolicy implements Policy {
    /** One step of the rule: from {@code afterDays} days, the object belongs in {@code placement}. */
    record Step(int afterDays, int placement, long minSizeBytes) {
    }

    private final String name;
    private final int hot;
    private final Step[] steps;
    private final boolean sinceLastAccess;
    private final boolean backToHotOnRead;

    IdleRulePolicy(String name, int hot, Step[] steps, boolean sinceLastAccess, boolean backToHotOnRead) {
        this.name = name;
        this.hot = hot;
        this.steps = steps.clone();
        this.sinceLastAccess = sinceLastAccess;
        this.backToHotOnRead = backToHotOnRead;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int place(ObjectView o, int day) {
        return hot;
    }

    @Override
    public int onRead(ObjectView o, int day, int count) {
        return backToHotOnRead ? hot : o.placement();
    }

    @Override
    public int review(ObjectView o, int day) {
        int days = day - start(o);
        int target = o.placement();
        int rank = rank(target);
        for (int i = 0; i < steps.length; i++) {
            Step s = steps[i];
            if (days >= s.afterDays() && i + 1 > rank && o.sizeBytes() >= s.minSizeBytes()) {
                target = s.placement();
                rank = i + 1;
            }
        }
        return target;
    }

    @Override
    public int nextReview(ObjectView o, int day) {
        int start = start(o);
        int rank = rank(o.placement());
        for (int i = rank; i < steps.length; i++) {
            if (o.sizeBytes() >= steps[i].minSizeBytes()) {
                return Math.max(day + 1, start + steps[i].afterDays());
            }
        }
        return NEVER;
    }

    private int start(ObjectView o) {
        return sinceLastAccess ? o.lastAccessDay() : o.putDay();
    }

    /** 0 for the hot class, i + 1 for the class of step i. */
    private int rank(int placement) {
        for (int i = steps.length - 1; i >= 0; i--) {
            if (steps[i].placement() == placement) {
                return i + 1;
            }
        }
        return 0;
    }
}
