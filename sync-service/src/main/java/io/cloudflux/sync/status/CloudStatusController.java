package io.cloudflux.sync.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.cloudflux.sync.catalog.BucketTotals;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.clouds.CloudAccounts;
import io.cloudflux.sync.clouds.CloudsProperties;
import io.cloudflux.sync.clouds.ScanScope;
import io.cloudflux.sync.drift.DriftFindings;
import io.cloudflux.sync.scan.ScanRun;
import io.cloudflux.sync.scan.ScanRunView;
import io.cloudflux.sync.scan.ScanRuns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each configured account and bucket: reachability and latency, what the catalog holds, scans and open findings. */
@RestController
class CloudStatusController {

    private static final Duration ERROR_WINDOW = Duration.ofHours(24);

    private final CloudAccounts accounts;
    private final CatalogStore catalog;
    private final ScanRuns runs;
    private final DriftFindings findings;
    private final BucketProbe probe;

    CloudStatusController(CloudAccounts accounts, CatalogStore catalog, ScanRuns runs, DriftFindings findings,
            BucketProbe probe) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.runs = runs;
        this.findings = findings;
        this.probe = probe;
    }

    @GetMapping("/internal/v1/clouds")
    Map<String, List<AccountStatus>> clouds() {
        Map<String, BucketTotals> totals = catalog.totals();
        Map<String, Long> open = findings.openCounts();
        List<AccountStatus> items = new ArrayList<>();
        for (CloudsProperties.Account account : accounts.properties().clouds()) {
            List<CompletableFuture<BucketProbe.Result>> probes = account.buckets().stream()
                    .map(b -> probe.probe(account.name(), b.name(), b.prefixes().get(0))).toList();
            List<BucketStatus> buckets = new ArrayList<>();
            for (int i = 0; i < account.buckets().size(); i++) {
                CloudsProperties.Bucket bucket = account.buckets().get(i);
                String key = account.name() + "/" + bucket.name();
                BucketTotals held = totals.getOrDefault(key, new BucketTotals(account.name(), bucket.name(), 0, 0, 0));
                BucketProbe.Result probed = probes.get(i).join();
                List<ScanRun> latest = scopes(account, bucket).stream().map(runs::latest)
                        .flatMap(Optional::stream).toList();
                List<ScanRun> completed = scopes(account, bucket).stream().map(runs::lastCompleted)
                        .flatMap(Optional::stream).toList();
                buckets.add(new BucketStatus(bucket.name(), bucket.prefixes(), bucket.scanEvery(),
                        probed.reachable(), probed.latencyMillis(), probed.error(), held.objects(), held.bytes(),
                        held.missing(), latest.stream().map(ScanRunView::of).toList(),
                        completed.stream().max(Comparator.comparing(ScanRun::finishedAt)).map(ScanRunView::of)
                                .orElse(null),
                        runs.errorRate(account.name(), bucket.name(), ERROR_WINDOW),
                        open.getOrDefault(key, 0L)));
            }
            items.add(new AccountStatus(account.name(), account.provider().name(), account.endpoint(),
                    account.region(), buckets));
        }
        return Map.of("items", items);
    }

    private static List<ScanScope> scopes(CloudsProperties.Account account, CloudsProperties.Bucket bucket) {
        return bucket.prefixes().stream().map(p -> new ScanScope(account.name(), bucket.name(), p)).toList();
    }

    record AccountStatus(String name, String provider, String endpoint, String region, List<BucketStatus> buckets) {
    }

    /**
     * @param scans          the newest run of each prefix (running or ended)
     * @param lastCompleted  the newest completed run of any prefix
     * @param scanErrorRate  failed scan attempts over attempts, last 24 h
     */
    record BucketStatus(String name, List<String> prefixes, Duration scanEvery, boolean reachable,
            Long latencyMillis, String probeError, long objects, long bytes, long missing, List<ScanRunView> scans,
            ScanRunView lastCompleted, double scanErrorRate, long openFindings) {
    }
}
