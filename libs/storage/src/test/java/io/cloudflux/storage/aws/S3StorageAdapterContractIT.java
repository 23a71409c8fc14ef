package io.cloudflux.storage.aws;

import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageAdapterContract;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.testsupport.emulators.S3Endpoint;
import io.cloudflux.testsupport.emulators.S3MockServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The contract on S3Mock, the S3-compatible server test-support starts. */
class S3StorageAdapterContractIT extends StorageAdapterContract {

    static StorageAdapter s3Mock(TransferSettings transfer) {
        S3Endpoint endpoint = S3MockServer.endpoint();
        return new S3StorageAdapter(S3Config.compatible(endpoint.endpoint(), endpoint.region(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(endpoint.accessKeyId(),
                        endpoint.secretKey()))).withTransfer(transfer));
    }

    @Override
    protected StorageAdapter createAdapter(TransferSettings transfer) {
        return s3Mock(transfer);
    }

    @Override
    protected TransferSettings transfer() {
        // S3 refuses parts under 5 MiB but the last.
        return new TransferSettings(5 << 20, 5 << 20);
    }

    @Override
    protected java.util.Set<ServerGap> gaps() {
        // Seen on S3Mock 5.2.0: a multipart upload refused at completion (If-None-Match) and then aborted takes the
        // second writer's committed object with it; S3 keeps it.
        return java.util.Set.of(ServerGap.ABORT_REMOVES_COMMITTED_OBJECT);
    }

    @Override
    protected String defaultClass() {
        return "STANDARD";
    }

    @Override
    protected String colderClass() {
        return "STANDARD_IA";
    }
}
