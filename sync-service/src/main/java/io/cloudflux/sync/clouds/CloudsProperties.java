package io.cloudflux.sync.clouds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cloudflux.events.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cloud accounts and buckets CloudFlux keeps in its catalog ({@code cloudflux.clouds}). No secret value is ever
 * configured here: an account names where its credentials come from.
 *
 * @param clouds the accounts; names are unique
 */
@Validated
@ConfigurationProperties(prefix = "cloudflux")
public record CloudsProperties(@DefaultValue @Valid List<Account> clouds) {

    @AssertTrue(message = "account names must be unique")
    boolean isEveryNameUnique() {
        Set<String> names = new HashSet<>();
        return clouds.stream().allMatch(account -> names.add(account.name()));
    }

    /** The account with this name. */
    public Optional<Account> account(String name) {
        return clouds.stream().filter(account -> account.name().equals(name)).findFirst();
    }

    /** Every bucket prefix in scope, across accounts: what the scheduler scans. */
    public List<ScanScope> scopes() {
        List<ScanScope> scopes = new ArrayList<>();
        for (Account account : clouds) {
            for (Bucket bucket : account.buckets()) {
                for (String prefix : bucket.prefixes()) {
                    scopes.add(new ScanScope(account.name(), bucket.name(), prefix));
                }
            }
        }
        return scopes;
    }

    /**
     * One account of one provider.
     *
     * @param name        for AZURE the storage account and for FILESYSTEM the root's name, as locations write them;
     *                    for AWS and GCP a label of the operator's choosing
     * @param provider    AWS, AZURE, GCP or FILESYSTEM
     * @param endpoint    an S3-compatible endpoint, the Azure blob service URL, a GCS host (emulators, private
     *                    endpoints); for FILESYSTEM the folder holding one directory per bucket. Absent for the
     *                    provider's own public endpoint
     * @param region      the S3 signing region
     * @param project     the GCP project; absent to take it from the environment
     * @param credentials {@code default-chain} (the provider's standard chain: environment, profile, workload or
     *                    managed identity), {@code secret:<folder>} (a mounted Kubernetes Secret, see the README for
     *                    its file names) or {@code none} (FILESYSTEM)
     * @param listCallsPerSecond the most list calls a second against this account; all scans of it share them
     * @param buckets     the buckets (Azure containers) in scope
     */
    public record Account(
            @NotBlank String name,
            @NotNull Provider provider,
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String project,
            @NotBlank @Pattern(regexp = "default-chain|none|secret:.+",
                    message = "must be default-chain, none or secret:<mounted folder>") @DefaultValue("default-chain")
            String credentials,
            @DefaultValue("50") @Min(1) double listCallsPerSecond,
            @DefaultValue @Valid List<Bucket> buckets) {

        @AssertTrue(message = "a FILESYSTEM account needs its folder as endpoint")
        boolean isFilesystemRooted() {
            return provider != Provider.FILESYSTEM || (endpoint != null && !endpoint.isBlank());
        }

        /** The bucket of this account with this name. */
        public Optional<Bucket> bucket(String bucketName) {
            return buckets.stream().filter(bucket -> bucket.name().equals(bucketName)).findFirst();
        }

        @Override
        public String toString() {
            // The credentials reference is a path, not a secret, but nothing else about it belongs in a log.
            return "Account[" + name + ", " + provider + ", endpoint=" + endpoint + ", buckets=" + buckets + "]";
        }
    }

    /**
     * One bucket (Azure container) and the prefixes of it in scope.
     *
     * @param prefixes        key prefixes scanned, each as its own scan; the empty prefix for the whole bucket
     * @param scanEvery       how often a full scan runs; absent for scans on demand only
     * @param pageSize        objects asked for per list call (S3 and Azure return at most 1,000, 5,000)
     * @param inventoryReport where the provider's inventory report of this bucket lands, read instead of listing
     */
    public record Bucket(
            @NotBlank String name,
            @DefaultValue("") List<String> prefixes,
            Duration scanEvery,
            @DefaultValue("1000") @Min(1) @Max(100_000) int pageSize,
            @Valid InventoryReport inventoryReport) {

        public Bucket {
            prefixes = prefixes == null || prefixes.isEmpty() ? List.of("") : List.copyOf(prefixes);
        }
    }

    /**
     * Where an S3 Inventory report (CSV) of a bucket is delivered: {@code <bucket>/<prefix>/<source bucket>/<config
     * id>/<timestamp>/manifest.json}, read through the same account.
     *
     * @param bucket   the destination bucket
     * @param prefix   the destination prefix, possibly empty
     * @param configId the inventory configuration's id
     */
    public record InventoryReport(@NotBlank String bucket, @DefaultValue("") String prefix, @NotBlank String configId) {
    }
}
