package io.cloudflux.sync.clouds;

import java.time.Clock;

import com.google.cloud.storage.Storage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the configured accounts. A {@link Storage} bean, when the context has one, serves every GCP account: the
 * local launcher's in-memory GCS, shared by the services of its one JVM, and the tests' LocalStorageHelper.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CloudsProperties.class)
class CloudsConfiguration {

    @Bean(destroyMethod = "close")
    CloudAccounts cloudAccounts(CloudsProperties properties, ObjectProvider<Storage> sharedGcs, Clock clock) {
        return new CloudAccounts(properties, new AccountAdapters(sharedGcs.getIfAvailable()), clock);
    }
}
