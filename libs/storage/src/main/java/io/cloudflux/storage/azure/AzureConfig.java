package io.cloudflux.storage.azure;

import java.util.Objects;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
import io.cloudflux.storage.TransferSettings;

/**
 * One Azure storage account, reached with a connection string (Azurite, shared key) or a token credential (Entra
 * ID: the default chain of environment, workload identity, managed identity, Azure CLI).
 *
 * @param accountName      the storage account, as locations name it
 * @param endpoint         the blob service URL; ignored when a connection string is given
 * @param connectionString a connection string holding the account key, or {@code null}; never logged
 * @param credential       the token credential when there is no connection string
 * @param transfer         the single-request threshold and block size
 */
public record AzureConfig(String accountName, String endpoint, String connectionString, TokenCredential credential,
        TransferSettings transfer) {

    public AzureConfig {
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(transfer, "transfer");
        if (connectionString == null && (endpoint == null || credential == null)) {
            throw new IllegalArgumentException("an Azure account needs a connection string, or an endpoint and a "
                    + "token credential");
        }
    }

    /** An account reached with a connection string. */
    public static AzureConfig connectionString(String accountName, String connectionString) {
        return new AzureConfig(accountName, null, connectionString, null, TransferSettings.DEFAULTS);
    }

    /** An account reached with the default Entra ID credential chain. */
    public static AzureConfig defaultCredential(String accountName, String endpoint) {
        return new AzureConfig(accountName, endpoint, null, new DefaultAzureCredentialBuilder().build(),
                TransferSettings.DEFAULTS);
    }

    public AzureConfig withTransfer(TransferSettings newTransfer) {
        return new AzureConfig(accountName, endpoint, connectionString, credential, newTransfer);
    }

    @Override
    public String toString() {
        // The connection string carries the account key.
        return "AzureConfig[account=" + accountName + ", endpoint=" + endpoint + ", transfer=" + transfer + "]";
    }
}
