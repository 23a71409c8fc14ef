package io.cloudflux.sync.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudflux.platform.api.FieldProblem;
import io.cloudflux.platform.api.InvalidRequestException;
import io.cloudflux.sync.clouds.CloudAccounts;
import io.cloudflux.sync.clouds.CloudsProperties;
import io.cloudflux.sync.clouds.ScanScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Scan status per configured scope, and scans on demand. */
@RestController
@RequestMapping("/internal/v1/scans")
class ScanController {

    private final ScanService scans;
    private final ScanRuns runs;
    private final CloudAccounts accounts;

    ScanController(ScanService scans, ScanRuns runs, CloudAccounts accounts) {
        this.scans = scans;
        this.runs = runs;
        this.accounts = accounts;
    }

    /** Each configured bucket prefix with its latest run and its last completed run. */
    @GetMapping
    Map<String, List<ScopeStatus>> status() {
        List<ScopeStatus> scopes = new ArrayList<>();
        for (CloudsProperties.Account account : accounts.properties().clouds()) {
            for (CloudsProperties.Bucket bucket : account.buckets()) {
                for (String prefix : bucket.prefixes()) {
                    ScanScope scope = new ScanScope(account.name(), bucket.name(), prefix);
                    scopes.add(new ScopeStatus(account.name(), account.provider().name(), bucket.name(), prefix,
                            bucket.scanEvery(), ScanRunView.of(runs.latest(scope).orElse(null)),
                            ScanRunView.of(runs.lastCompleted(scope).orElse(null))));
                }
            }
        }
        return Map.of("items", scopes);
    }

    /** Starts (or resumes) a scan of each prefix asked; a prefix already being scanned answers its running run. */
    @PostMapping
    ResponseEntity<Map<String, List<ScanRunView>>> trigger(@Valid @RequestBody ScanRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ScanMode mode = request.mode() == null ? ScanMode.FULL : request.mode();
        CloudsProperties.Bucket bucket = accounts.properties().account(request.account())
                .flatMap(a -> a.bucket(request.bucket())).orElse(null);
        if (bucket == null) {
            problems.add(new FieldProblem("bucket", "account '" + request.account() + "' has no bucket '"
                    + request.bucket() + "' configured"));
        }
        else if (request.prefix() != null && bucket.prefixes().stream().noneMatch(p -> request.prefix().startsWith(p))) {
            problems.add(new FieldProblem("prefix", "must lie within a configured prefix: " + bucket.prefixes()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<String> prefixes = request.prefix() != null ? List.of(request.prefix()) : bucket.prefixes();
        List<ScanRunView> started = new ArrayList<>();
        for (String prefix : prefixes) {
            ScanScope scope = new ScanScope(request.account(), request.bucket(), prefix);
            started.add(ScanRunView.of(scans.trigger(scope, mode, "ON_DEMAND")
                    .or(() -> runs.latest(scope)).orElse(null)));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("runs", started));
    }

    record ScanRequest(@NotBlank String account, @NotBlank String bucket, String prefix, ScanMode mode) {
    }

    record ScopeStatus(String account, String provider, String bucket, String prefix, Duration scanEvery,
            ScanRunView latest, ScanRunView lastCompleted) {
    }
}
