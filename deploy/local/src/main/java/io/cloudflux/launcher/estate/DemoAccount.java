package io.cloudflux.launcher.estate;

import java.util.List;

import io.cloudflux.events.Provider;

/**
 * One account of the demo's estate and its buckets.
 *
 * @param name    AWS and GCP: a label; Azure: the storage account, as Azurite knows it
 * @param project the GCP project, null for the other providers
 */
public record DemoAccount(String name, Provider provider, String project, List<String> buckets) {

    public DemoAccount {
        buckets = List.copyOf(buckets);
    }
}
