package io.cloudflux.tiering.replay;

import java.util.List;
import java.util.Optional;

import io.cloudflux.tiering.catalog.Provider;

/**
 * What a replay found: the trace's size and every policy's bill. {@code orphanEvents} counts
 * events for objects that did not exist (before their first PUT or after their DELETE): skipped.
 */
public record ReplayResult(long objects, long events, int days, Provider provider, List<PolicyResult> policies,
                           long orphanEvents) {
    public ReplayResult {
        policies = List.copyOf(policies);
    }

    public Optional<PolicyResult> policy(String name) {
        return policies.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
