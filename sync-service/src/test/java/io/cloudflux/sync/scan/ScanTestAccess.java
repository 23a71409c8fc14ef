package io.cloudflux.sync.scan;

import io.cloudflux.sync.clouds.CloudAccounts;
import io.cloudflux.sync.clouds.ScanScope;
import org.springframework.stereotype.Component;

/** Runs a scan to its end on the test's thread, through the account's own adapter, for tests of other packages. */
@Component
public class ScanTestAccess {

    private final ScanService scans;
    private final CloudAccounts accounts;

    ScanTestAccess(ScanService scans, CloudAccounts accounts) {
        this.scans = scans;
        this.accounts = accounts;
    }

    public ScanRun runNow(ScanScope scope, ScanMode mode) {
        return scans.runNow(scope, mode, "TEST", accounts.adapter(scope.account())).orElseThrow();
    }
}
