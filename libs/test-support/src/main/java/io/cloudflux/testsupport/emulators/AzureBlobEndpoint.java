package io.cloudflux.testsupport.emulators;

/**
 * An Azure Blob endpoint for tests.
 *
 * @param connectionString the connection string, with the account key; never print it
 * @param blobEndpoint     the blob service URL, e.g. {@code http://127.0.0.1:40123/devstoreaccount1}, or {@code null}
 *                         when only a connection string was configured
 */
public record AzureBlobEndpoint(String connectionString, String blobEndpoint) {

    /** Azurite's development account name. */
    public String accountName() {
        for (String part : connectionString.split(";")) {
            if (part.startsWith("AccountName=")) {
                return part.substring("AccountName=".length());
            }
        }
        return AzuriteServer.ACCOUNT;
    }

    @Override
    public String toString() {
        // The connection string holds the account key.
        return "AzureBlobEndpoint[" + blobEndpoint + "]";
    }
}
