package io.cloudflux.storage.azure;

import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageAdapterContract;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.testsupport.emulators.AzureBlobEndpoint;
import io.cloudflux.testsupport.emulators.AzuriteServer;

/** The contract on Azurite's blob service, which test-support starts. */
class AzureBlobStorageAdapterContractIT extends StorageAdapterContract {

    static StorageAdapter azurite(TransferSettings transfer) {
        AzureBlobEndpoint endpoint = AzuriteServer.endpoint();
        return new AzureBlobStorageAdapter(AzureConfig.connectionString(endpoint.accountName(),
                endpoint.connectionString()).withTransfer(transfer));
    }

    @Override
    protected StorageAdapter createAdapter(TransferSettings transfer) {
        return azurite(transfer);
    }

    @Override
    protected String defaultClass() {
        return "Hot";
    }

    @Override
    protected String colderClass() {
        return "Cool";
    }
}
