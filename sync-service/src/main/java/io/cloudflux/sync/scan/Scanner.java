package io.cloudflux.sync.scan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import io.cloudflux.sync.catalog.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one claimed scan to its end: lists page after page (the next page is fetched while the current one is
 * written), applies each page to the catalog in one transaction that also moves the run's marker past it, then —
 * for a FULL run whose listing completed — sweeps. Any failure stops the run with its marker kept: the pages
 * committed stay, nothing is swept, and the next claim resumes after the last committed page.
 */
class Scanner {

    private static final Logger log = LoggerFactory.getLogger(Scanner.class);

    private final PageProcessor pages;
    private final ScanRuns runs;
    private final Sweep sweep;
    private final TransactionTemplate transactions;
    private final Executor listing;
    private final Clock clock;

    Scanner(PageProcessor pages, ScanRuns runs, Sweep sweep, TransactionTemplate transactions, Executor listing,
            Clock clock) {
        this.pages = pages;
        this.runs = runs;
        this.sweep = sweep;
        this.transactions = transactions;
        this.listing = listing;
        this.clock = clock;
    }

    /** Runs the claimed run; answers it as persisted at its end, COMPLETED or FAILED. */
    ScanRun run(ScanRun run, ScanSource source, String owner) {
        long startedAt = clock.millis();
        CompletableFuture<SourcePage> next = null;
        try {
            if (!run.listingDone()) {
                String lastKey = run.lastKey();
                next = fetch(source, run.mode(), run.pageToken());
                while (true) {
                    SourcePage page = await(next);
                    boolean last = page.nextToken() == null;
                    next = last ? null : fetch(source, run.mode(), page.nextToken());
                    lastKey = commit(run, source, page, lastKey, last, owner, clock.millis() - startedAt);
                    startedAt = clock.millis();
                    if (last) {
                        break;
                    }
                }
            }
            if (run.mode() == ScanMode.FULL) {
                sweep.apply(runs.find(run.id()).orElseThrow(), source, owner);
            }
            runs.complete(run.id(), clock.millis() - startedAt);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(run, "interrupted", next, startedAt);
        }
        catch (RuntimeException e) {
            log.warn("Scan run={} of {} failed after its last committed page; it resumes from there: {}", run.id(),
                    run.scope(), e.toString());
            stop(run, e.toString(), next, startedAt);
        }
        return runs.find(run.id()).orElseThrow();
    }

    private String commit(ScanRun run, ScanSource source, SourcePage page, String lastKey, boolean last, String owner,
            long activeMillis) {
        List<Observation> observed = page.observations();
        String pageLastKey = null;
        for (Observation o : observed) {
            if (pageLastKey == null || o.location().key().compareTo(pageLastKey) > 0) {
                pageLastKey = o.location().key();
            }
        }
        String afterKey = lastKey;
        String newLastKey = pageLastKey;
        Boolean kept = transactions.execute(status -> {
            List<String> missing = new ArrayList<>();
            PageTally tally = pages.apply(run, observed, afterKey, last, missing, source::firstSight);
            runs.addMissingCandidates(run.id(), missing);
            if (!runs.commitPage(run.id(), owner, page.nextToken(), newLastKey, last, tally, activeMillis)) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        });
        if (!Boolean.TRUE.equals(kept)) {
            throw new IllegalStateException("run " + run.id() + " lost its lease: another instance resumed it");
        }
        return pageLastKey != null && (lastKey == null || pageLastKey.compareTo(lastKey) > 0) ? pageLastKey : lastKey;
    }

    private CompletableFuture<SourcePage> fetch(ScanSource source, ScanMode mode, String token) {
        return CompletableFuture.supplyAsync(() -> source.page(mode, token), listing);
    }

    private static SourcePage await(CompletableFuture<SourcePage> page) throws InterruptedException {
        try {
            return page.get();
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void stop(ScanRun run, String error, CompletableFuture<SourcePage> pending, long startedAt) {
        if (pending != null) {
            pending.cancel(true);
        }
        runs.fail(run.id(), error, clock.millis() - startedAt);
    }
}
