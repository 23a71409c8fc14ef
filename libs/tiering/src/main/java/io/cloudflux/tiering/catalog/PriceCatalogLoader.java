package io.cloudflux.tiering.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a catalog (YAML or JSON) and the user's overrides, merges the overrides over it (objects
 * merge field by field, anything else replaces) and validates the result, reporting every problem.
 */
public final class PriceCatalogLoader {
    /** The bundled list-price catalog. */
    public static final String DEFAULT_RESOURCE = "io/cloudflux/tiering/catalog/prices.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private PriceCatalogLoader() {
    }

    /** The bundled list prices. */
    public static PriceCatalog defaults() {
        return load(resource(DEFAULT_RESOURCE), List.of());
    }

    /** The bundled list prices with overrides (negotiated discounts, other regions) merged over them. */
    public static PriceCatalog withOverrides(List<InputStream> overrides) {
        return load(resource(DEFAULT_RESOURCE), overrides);
    }

    public static PriceCatalog load(InputStream base, List<InputStream> overrides) {
        ObjectNode tree = readObject(base, "catalog");
        for (int i = 0; i < overrides.size(); i++) {
            merge(tree, readObject(overrides.get(i), "override #" + (i + 1)));
        }
        return new Builder(tree).build();
    }

    private static InputStream resource(String name) {
        InputStream in = PriceCatalogLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    private static ObjectNode readObject(InputStream in, String what) {
        try (in) {
            JsonNode n = YAML.readTree(in);
            if (n == null || !n.isObject()) {
                throw new InvalidCatalogException(List.of(what + ": top level must be a mapping"));
            }
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (tools.jackson.core.JacksonException e) {
            throw new InvalidCatalogException(List.of(what + ": unreadable: " + e.getOriginalMessage()));
        }
    }

    static void merge(ObjectNode base, JsonNode over) {
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            JsonNode current = base.get(e.getKey());
            if (current instanceof ObjectNode currentObject && e.getValue().isObject()) {
                merge(currentObject, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    /** Walks the merged tree once, collecting every problem with its path. */
    private static final class Builder {
        private final JsonNode root;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, String> sources = new LinkedHashMap<>();

        Builder(JsonNode root) {
            this.root = root;
        }

        PriceCatalog build() {
            JsonNode src = root.path("sources");
            if (!src.isObject() || src.isEmpty()) {
                problems.add("sources: at least one named source is required");
            } else {
                src.properties().forEach(e -> sources.put(e.getKey(), e.getValue().asString("")));
            }
            Context top = new Context(null, null).with(root.path("defaults"), "defaults");
            Map<Provider, ProviderPrices> providers = new EnumMap<>(Provider.class);
            JsonNode ps = root.path("providers");
            if (!ps.isObject() || ps.isEmpty()) {
                problems.add("providers: at least one provider is required");
            } else {
                for (Map.Entry<String, JsonNode> e : ps.properties()) {
                    Provider p;
                    try {
                        p = Provider.of(e.getKey());
                    } catch (IllegalArgumentException ex) {
                        problems.add("providers." + e.getKey() + ": " + ex.getMessage());
                        continue;
                    }
                    ProviderPrices pp = provider(p, e.getValue(), "providers." + e.getKey(), top);
                    if (pp != null) {
                        providers.put(p, pp);
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidCatalogException(problems);
            }
            return new PriceCatalog(root.path("catalog").asString("unnamed"), root.path("version").asString("?"), sources, providers);
        }

        private ProviderPrices provider(Provider p, JsonNode n, String path, Context parent) {
            Context ctx = parent.with(n.path("defaults"), path + ".defaults");
            int unit = n.path("requestUnit").asInt(0);
            if (unit <= 0) {
                problems.add(path + ".requestUnit: must be a positive number of requests (1000, 10000)");
                unit = 1;
            }
            String region = text(n, "region", path);
            String hottest = text(n, "hottest", path);
            Map<String, StorageClass> classes = new LinkedHashMap<>();
            JsonNode cs = n.path("classes");
            if (!cs.isObject() || cs.isEmpty()) {
                problems.add(path + ".classes: at least one storage class is required");
            } else {
                for (Map.Entry<String, JsonNode> e : cs.properties()) {
                    StorageClass c = storageClass(p, e.getKey(), e.getValue(), path + ".classes." + e.getKey(), ctx, unit);
                    if (c != null) {
                        classes.put(e.getKey(), c);
                    }
                }
            }
            if (hottest != null && !cs.path(hottest).isObject()) {
                problems.add(path + ".hottest: '" + hottest + "' is not one of the classes " + classes.keySet());
            }
            Map<String, List<String>> transitions = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.path("transitions").properties()) {
                String tp = path + ".transitions." + e.getKey();
                if (!cs.path(e.getKey()).isObject()) {
                    problems.add(tp + ": unknown source class '" + e.getKey() + "'");
                }
                List<String> targets = new ArrayList<>();
                for (JsonNode t : e.getValue()) {
                    if (!cs.path(t.asString("")).isObject()) {
                        problems.add(tp + ": unknown target class '" + t.asString("") + "'");
                    }
                    targets.add(t.asString(""));
                }
                transitions.put(e.getKey(), targets);
            }
            JsonNode eg = n.path("egress");
            List<PriceTier> internet = tiers(eg.path("internetPerGb"), path + ".egress.internetPerGb", ctx);
            Figure interRegion = figure(eg.path("interRegionPerGb"), path + ".egress.interRegionPerGb", ctx);
            Figure other = figure(n.path("otherRequests"), path + ".otherRequests", ctx);
            if (region == null || hottest == null || internet == null || interRegion == null || other == null) {
                return null;
            }
            return new ProviderPrices(p, region, hottest, classes, transitions, new Egress(internet, interRegion), other, unit);
        }

        private StorageClass storageClass(Provider p, String name, JsonNode n, String path, Context parent, int unit) {
            Context ctx = parent.with(n.path("defaults"), path + ".defaults");
            int before = problems.size();
            List<PriceTier> storage = tiers(n.path("storagePerGbMonth"), path + ".storagePerGbMonth", ctx);
            Figure write = figure(n.path("write"), path + ".write", ctx);
            Figure read = figure(n.path("read"), path + ".read", ctx);
            Figure minDays = figure(n.path("minDurationDays"), path + ".minDurationDays", ctx);
            Figure minBytes = figure(n.path("minBillableBytes"), path + ".minBillableBytes", ctx);
            Figure overhead = optionalFigure(n.path("overheadBytes"), path + ".overheadBytes", ctx);
            Figure overheadHot = optionalFigure(n.path("overheadHottestBytes"), path + ".overheadHottestBytes", ctx);
            List<RetrievalOption> retrieval = new ArrayList<>();
            JsonNode rs = n.path("retrieval");
            if (!rs.isArray() || rs.isEmpty()) {
                problems.add(path + ".retrieval: at least one retrieval option is required");
            }
            int i = 0;
            for (JsonNode r : rs) {
                String rp = path + ".retrieval[" + i++ + "]";
                String option = text(r, "option", rp);
                Figure perGb = figure(r.path("perGb"), rp + ".perGb", ctx);
                Figure perRequest = optionalFigure(r.path("perRequest"), rp + ".perRequest", ctx);
                retrieval.add(new RetrievalOption(option, perGb, perRequest, r.path("latency").asString("")));
            }
            AutoTiering auto = n.has("autoTiering") ? autoTiering(n.path("autoTiering"), path + ".autoTiering", ctx) : null;
            if (problems.size() > before) {
                return null;
            }
            return new StorageClass(p, name, storage, write, read, unit, retrieval, minDays, minBytes,
                    overhead == null ? zero(ctx) : overhead, overheadHot == null ? zero(ctx) : overheadHot,
                    n.path("rehydration").asBoolean(false), n.path("firstByte").asString(""), auto);
        }

        private AutoTiering autoTiering(JsonNode n, String path, Context ctx) {
            List<AutoTier> tiers = new ArrayList<>();
            int i = 0;
            int lastIdle = -1;
            for (JsonNode t : n.path("tiers")) {
                String tp = path + ".tiers[" + i + "]";
                Figure after = figure(t.path("afterIdleDays"), tp + ".afterIdleDays", ctx);
                Figure price = figure(t.path("storagePerGbMonth"), tp + ".storagePerGbMonth", ctx);
                if (after != null) {
                    if (i == 0 && after.intValue() != 0) {
                        problems.add(tp + ".afterIdleDays: the first tier must start at 0 days");
                    }
                    if (after.intValue() < lastIdle) {
                        problems.add(tp + ".afterIdleDays: tiers must be listed in order of idle days");
                    }
                    lastIdle = after.intValue();
                }
                if (after != null && price != null) {
                    tiers.add(new AutoTier(t.path("tier").asString("tier" + i), after, price, t.path("optIn").asBoolean(false)));
                }
                i++;
            }
            if (i == 0) {
                problems.add(path + ".tiers: at least one tier is required");
            }
            Figure minBytes = figure(n.path("minTieringBytes"), path + ".minTieringBytes", ctx);
            Figure fee = figure(n.path("monitoringPer1kObjects"), path + ".monitoringPer1kObjects", ctx);
            Figure period = figure(n.path("monitoringPeriodDays"), path + ".monitoringPeriodDays", ctx);
            if (period != null && period.value() <= 0) {
                problems.add(path + ".monitoringPeriodDays: must be positive");
            }
            return new AutoTiering(tiers, minBytes, fee, period);
        }

        private List<PriceTier> tiers(JsonNode n, String path, Context ctx) {
            if (!n.isArray() || n.isEmpty()) {
                problems.add(path + ": at least one price tier is required");
                return null;
            }
            List<PriceTier> tiers = new ArrayList<>();
            double last = 0;
            for (int i = 0; i < n.size(); i++) {
                JsonNode t = n.get(i);
                String tp = path + "[" + i + "]";
                boolean isLast = i == n.size() - 1;
                double upTo = t.has("upToGb") ? t.path("upToGb").asDouble(-1) : Double.POSITIVE_INFINITY;
                if (isLast && t.has("upToGb")) {
                    problems.add(tp + ".upToGb: the last tier must be unbounded");
                } else if (!isLast && !(upTo > last)) {
                    problems.add(tp + ".upToGb: tiers need increasing upper bounds");
                }
                last = upTo;
                Figure price = figure(t.path("price"), tp + ".price", ctx);
                if (price != null) {
                    tiers.add(new PriceTier(upTo, price));
                }
            }
            return tiers;
        }

        private Figure optionalFigure(JsonNode n, String path, Context ctx) {
            return n.isMissingNode() || n.isNull() ? null : figure(n, path, ctx);
        }

        private Figure figure(JsonNode n, String path, Context ctx) {
            JsonNode value = n.isObject() ? n.path("value") : n;
            Context c = n.isObject() ? ctx.with(n, path) : ctx;
            if (!value.isNumber()) {
                problems.add(path + ": " + (n.isMissingNode() ? "missing" : "not a number: " + n));
                return null;
            }
            double v = value.doubleValue();
            boolean ok = true;
            if (!Double.isFinite(v) || v < 0) {
                problems.add(path + ": must not be negative: " + v);
                ok = false;
            }
            if (c.source == null) {
                problems.add(path + ": no source (set src on the figure or in an enclosing defaults)");
                ok = false;
            } else if (!sources.containsKey(c.source)) {
                problems.add(path + ": unknown source '" + c.source + "' (declare it under sources)");
                ok = false;
            }
            if (c.asOf == null) {
                problems.add(path + ": no asOf date (set asOf on the figure or in an enclosing defaults)");
                ok = false;
            }
            return ok ? new Figure(v, c.source, c.asOf) : null;
        }

        private Figure zero(Context ctx) {
            return new Figure(0, ctx.source == null ? "none" : ctx.source, ctx.asOf == null ? LocalDate.EPOCH : ctx.asOf);
        }

        private String text(JsonNode n, String field, String path) {
            JsonNode v = n.path(field);
            if (!v.isString() || v.asString().isBlank()) {
                problems.add(path + "." + field + ": required text is missing");
                return null;
            }
            return v.asString();
        }

        /** The source and asOf a bare-number figure inherits. */
        private final class Context {
            final String source;
            final LocalDate asOf;

            Context(String source, LocalDate asOf) {
                this.source = source;
                this.asOf = asOf;
            }

            Context with(JsonNode n, String path) {
                String s = n.has("src") ? n.path("src").asString(null) : source;
                LocalDate d = asOf;
                if (n.has("asOf")) {
                    try {
                        d = LocalDate.parse(n.path("asOf").asString(""));
                    } catch (DateTimeParseException e) {
                        problems.add(path + ".asOf: not an ISO date (yyyy-mm-dd): " + n.path("asOf"));
                    }
                }
                return new Context(s, d);
            }
        }
    }
}
