package io.cloudflux.tiering.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudflux.tiering.bill.LineItem;
import io.cloudflux.tiering.policy.Policies;
import tools.jackson.databind.json.JsonMapper;

/** Renders a replay as the table people read, the JSON other tools read, and CSV. */
public final class Report {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Report() {
    }

    /** The JSON of issue 3: {@code {"trace":{...},"provider":"aws","policies":[{name,totalCostUsd,breakdown,transitions}]}}. */
    public static String json(ReplayResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("objects", r.objects());
        trace.put("events", r.events());
        trace.put("days", r.days());
        root.put("trace", trace);
        root.put("provider", r.provider().id());
        List<Object> policies = new ArrayList<>();
        for (PolicyResult p : r.policies()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("totalCostUsd", p.totalUsd());
            Map<String, Object> breakdown = new LinkedHashMap<>();
            for (LineItem item : LineItem.values()) {
                breakdown.put(item.key(), p.bill().line(item));
            }
            m.put("breakdown", breakdown);
            m.put("transitions", p.bill().transitions());
            policies.add(m);
        }
        root.put("policies", policies);
        return JSON.writeValueAsString(root);
    }

    public static String csv(ReplayResult r) {
        StringBuilder sb = new StringBuilder("policy,totalCostUsd");
        for (LineItem item : LineItem.values()) {
            sb.append(',').append(item.key());
        }
        sb.append(",transitionCount,savingVsAllHot,ratioToOracle\n");
        for (PolicyResult p : r.policies()) {
            sb.append(p.name()).append(',').append(p.totalUsd());
            for (LineItem item : LineItem.values()) {
                sb.append(',').append(p.bill().line(item));
            }
            sb.append(',').append(p.bill().transitions()).append(',').append(ratio(saving(r, p))).append(',')
                    .append(ratio(toOracle(r, p))).append('\n');
        }
        return sb.toString();
    }

    public static String table(ReplayResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "trace: %d objects, %d events, %d days; provider %s%n", r.objects(), r.events(),
                r.days(), r.provider().id()));
        if (r.orphanEvents() > 0) {
            sb.append(String.format(Locale.ROOT, "skipped %d events of objects that did not exist (before PUT or after DELETE)%n",
                    r.orphanEvents()));
        }
        sb.append(String.format(Locale.ROOT, "%-30s %12s", "policy", "total $"));
        for (LineItem item : LineItem.values()) {
            sb.append(String.format(Locale.ROOT, " %13s", item.key()));
        }
        sb.append(String.format(Locale.ROOT, " %9s %9s%n", "vs hot", "x oracle"));
        for (PolicyResult p : r.policies()) {
            sb.append(String.format(Locale.ROOT, "%-30s %12.4f", p.name(), p.totalUsd()));
            for (LineItem item : LineItem.values()) {
                sb.append(String.format(Locale.ROOT, " %13.4f", p.bill().line(item)));
            }
            Double s = saving(r, p);
            Double o = toOracle(r, p);
            sb.append(String.format(Locale.ROOT, " %9s %9s%n", s == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * s),
                    o == null ? "-" : String.format(Locale.ROOT, "%.3f", o)));
        }
        return sb.toString();
    }

    /** Fraction saved against all-hot, or null when all-hot was not run. */
    private static Double saving(ReplayResult r, PolicyResult p) {
        return r.policy(Policies.ALL_HOT).filter(h -> h.totalUsd() > 0).map(h -> 1 - p.totalUsd() / h.totalUsd()).orElse(null);
    }

    private static Double toOracle(ReplayResult r, PolicyResult p) {
        return r.policy(Policies.ORACLE).filter(o -> o.totalUsd() > 0).map(o -> p.totalUsd() / o.totalUsd()).orElse(null);
    }

    private static String ratio(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.6f", v);
    }
}
