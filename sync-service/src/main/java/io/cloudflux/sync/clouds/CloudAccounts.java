package io.cloudflux.sync.clouds;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudflux.events.Location;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.retry.Retrier;
import io.cloudflux.storage.retry.RetryPolicy;
import io.cloudflux.storage.retry.RetryingStorageAdapter;
import io.cloudflux.storage.retry.Sleeper;
import io.cloudflux.sync.clouds.CloudsProperties.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured accounts with their storage adapters (built on first use, retrying throttled and transient calls)
 * and their list-call rate limiters. An account whose adapter cannot be built (credentials missing) fails only the
 * calls made to it.
 */
public class CloudAccounts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CloudAccounts.class);

    private final CloudsProperties properties;
    private final AccountAdapters factory;
    private final Clock clock;
    private final Map<String, StorageAdapter> adapters = new ConcurrentHashMap<>();
    private final Map<String, ListRateLimiter> limiters = new ConcurrentHashMap<>();

    CloudAccounts(CloudsProperties properties, AccountAdapters factory, Clock clock) {
        this.properties = properties;
        this.factory = factory;
        this.clock = clock;
    }

    public CloudsProperties properties() {
        return properties;
    }

    /** The configured account, or {@link UnknownAccountException}. */
    public Account account(String name) {
        return properties.account(name).orElseThrow(() -> new UnknownAccountException("no account '" + name
                + "' is configured under cloudflux.clouds"));
    }

    /** The configured bucket, or {@link UnknownAccountException}. */
    public CloudsProperties.Bucket bucket(String accountName, String bucketName) {
        return account(accountName).bucket(bucketName).orElseThrow(() -> new UnknownAccountException("account '"
                + accountName + "' has no bucket '" + bucketName + "' configured"));
    }

    /** The account's adapter, retrying throttled and transient calls within the default retry deadline. */
    public StorageAdapter adapter(String name) {
        Account account = account(name);
        return adapters.computeIfAbsent(name, n -> {
            log.info("Building the storage adapter of account={} provider={}", n, account.provider());
            return new RetryingStorageAdapter(factory.create(account),
                    Retrier.of(RetryPolicy.DEFAULT));
        });
    }

    /** The list calls this account may make, shared by all its scans. */
    public ListRateLimiter listLimiter(String name) {
        Account account = account(name);
        return limiters.computeIfAbsent(name, n -> new ListRateLimiter(account.listCallsPerSecond(), clock,
                Sleeper.THREAD));
    }

    /**
     * The configured account a location belongs to: same provider, same storage account or filesystem root where
     * locations name one, and the bucket configured under it.
     */
    public Optional<Account> accountOf(Location location) {
        return properties.clouds().stream()
                .filter(account -> account.provider() == location.provider())
                .filter(account -> !location.provider().hasAccount() || account.name().equals(location.account()))
                .filter(account -> account.bucket(location.bucket()).isPresent())
                .findFirst();
    }

    @Override
    public void close() {
        adapters.values().forEach(adapter -> {
            try {
                adapter.close();
            }
            catch (RuntimeException e) {
                log.warn("Closing a storage adapter failed: {}", e.toString());
            }
        });
    }
}
