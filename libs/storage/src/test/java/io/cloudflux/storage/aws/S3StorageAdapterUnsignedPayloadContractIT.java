package io.cloudflux.storage.aws;

import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.testsupport.emulators.S3Endpoint;
import io.cloudflux.testsupport.emulators.S3MockServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The whole contract again on S3Mock with payloads sent unsigned over plain HTTP (headers signed, CRC32C trailer),
 * as the benchmark runs: S3Mock must accept every request and still check what it received.
 */
class S3StorageAdapterUnsignedPayloadContractIT extends S3StorageAdapterContractIT {

    @Override
    protected StorageAdapter createAdapter(TransferSettings transfer) {
        S3Endpoint endpoint = S3MockServer.endpoint();
        return new S3StorageAdapter(S3Config.compatible(endpoint.endpoint(), endpoint.region(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(endpoint.accessKeyId(),
                        endpoint.secretKey()))).withTransfer(transfer).withUnsignedPayloadOverHttp(true));
    }
}
