package io.cloudflux.tiering.catalog;

import java.util.List;
import java.util.Map;

/** One provider's region, classes, lifecycle transitions and egress. */
public record ProviderPrices(
        Provider provider,
        String region,
        String hottest,
        Map<String, StorageClass> classes,
        Map<String, List<String>> transitions,
        Egress egress,
        Figure otherRequestsPerUnit,
        int requestUnit) {

    public ProviderPrices {
        classes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(classes));
        transitions = Map.copyOf(transitions);
    }

    public StorageClass hottestClass() {
        return classes.get(hottest);
    }

    public StorageClass storageClass(String name) {
        StorageClass c = classes.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no class " + name + " at " + provider.id() + " (have " + classes.keySet() + ")");
        }
        return c;
    }

    /** Whether a lifecycle rule can move an object from one class to the other (the "waterfall"). */
    public boolean isLifecycleTransition(String from, String to) {
        return transitions.getOrDefault(from, List.of()).contains(to);
    }

    /** HEAD/LIST and other operations, per request. */
    public double otherRequestUsd() {
        return otherRequestsPerUnit.value() / requestUnit;
    }
}
