package io.cloudflux.storage.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.AccessTier;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.specialized.BlobLeaseClient;
import com.azure.storage.blob.specialized.BlobLeaseClientBuilder;
import com.sun.net.httpserver.HttpServer;
import io.cloudflux.storage.ChecksumMismatchException;
import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.PutResult;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.StorageException;
import io.cloudflux.storage.TestContent;
import io.cloudflux.storage.ThrottledException;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.storage.TransientException;
import io.cloudflux.testsupport.emulators.AzureBlobEndpoint;
import io.cloudflux.testsupport.emulators.AzuriteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Put Blob and Put Block built by hand ({@link BlockBlobWrites}): what they write (headers, checksums, class) on
 * Azurite, and the service's refusals as the same typed errors as the SDK's — from Azurite where it can refuse, from a
 * local HTTP server for the answers Azurite never gives (throttling, 5xx).
 */
class BlockBlobWritesIT {

    private static final TransferSettings SMALL = new TransferSettings(1 << 20, 256 << 10);
    private static final int OVER_THRESHOLD = (1 << 20) + 100;
    private static final String BLOCK_ID = Base64.getEncoder()
            .encodeToString("block-00000000".getBytes(StandardCharsets.US_ASCII));

    private static AzureConfig config;
    private static StorageAdapter azure;
    private static BlobServiceClient service;
    private static String bucket;

    @BeforeAll
    static void start() {
        AzureBlobEndpoint endpoint = AzuriteServer.endpoint();
        config = AzureConfig.connectionString(endpoint.accountName(), endpoint.connectionString()).withTransfer(SMALL);
        azure = new AzureBlobStorageAdapter(config);
        service = AzureBlobStorageAdapter.serviceClient(config);
        bucket = "writes-" + UUID.randomUUID().toString().substring(0, 8);
        azure.createBucket(bucket);
    }

    @Test
    void shouldWriteAPutBlobWithItsContentTypeMetadataClassAndMd5() {
        byte[] bytes = TestContent.bytes(300_000, 1);
        ObjectKey key = new ObjectKey(bucket, "with headers/ü+%.txt");

        PutResult put = azure.put(key, new ByteArrayInputStream(bytes), bytes.length, PutOptions.defaults()
                .withContentType("text/plain").withMetadata(Map.of("origin", "s3", "job", "42"))
                .withStorageClass("Cool"));

        BlobProperties stored = blob(key).getProperties();
        assertThat(stored.getContentType()).isEqualTo("text/plain");
        assertThat(stored.getMetadata()).containsExactlyInAnyOrderEntriesOf(Map.of("origin", "s3", "job", "42"));
        assertThat(stored.getAccessTier()).isEqualTo(AccessTier.COOL);
        assertThat(put.etag()).isEqualTo(stored.getETag().replace("\"", ""));
        assertThat(put.stored().md5()).isEqualTo(TestContent.checksumsOf(bytes).md5());
        assertThat(TestContent.readAll(azure, key)).isEqualTo(bytes);
    }

    @Test
    void shouldRejectABlockWhoseMd5IsNotItsContentAsAChecksumMismatch() {
        byte[] bytes = TestContent.bytes(1000, 2);
        BlockBlobWrites writes = BlockBlobWrites.of(service);
        String url = blob(new ObjectKey(bucket, "bad-block")).getBlobUrl();

        assertThatThrownBy(() -> writes.putBlock(url, BLOCK_ID, bytes, bytes.length, md5(TestContent.bytes(1000, 3))))
                .satisfies(e -> assertThat(AzureErrors.translate("stage block", (RuntimeException) e))
                        .isInstanceOf(ChecksumMismatchException.class));
        writes.putBlock(url, BLOCK_ID, bytes, bytes.length, md5(bytes));
    }

    @Test
    void shouldRefuseToOverwriteALeasedBlobAsAPreconditionFailure() {
        ObjectKey key = new ObjectKey(bucket, "leased");
        byte[] original = TestContent.bytes(1000, 4);
        azure.put(key, new ByteArrayInputStream(original), original.length, PutOptions.defaults());
        BlobLeaseClient lease = new BlobLeaseClientBuilder().blobClient(blob(key)).buildClient();
        lease.acquireLease(-1);
        try {
            for (int size : new int[] {1000, OVER_THRESHOLD}) {
                byte[] bytes = TestContent.bytes(size, 5);
                assertThatThrownBy(() -> azure.put(key, new ByteArrayInputStream(bytes), size, PutOptions.defaults()))
                        .isInstanceOf(PreconditionFailedException.class);
            }
            // Refused by the Put Block itself, not only by the Put Block List after it.
            assertThatThrownBy(() -> BlockBlobWrites.of(service).putBlock(blob(key).getBlobUrl(), BLOCK_ID, original,
                    original.length, md5(original)))
                    .satisfies(e -> assertThat(AzureErrors.translate("stage block", (RuntimeException) e))
                            .isInstanceOf(PreconditionFailedException.class));
        }
        finally {
            lease.releaseLease();
        }
        assertThat(TestContent.readAll(azure, key)).isEqualTo(original);
    }

    @Test
    void shouldReportAMissingContainerAsNotFoundForPutBlobAndPutBlock() {
        for (int size : new int[] {1000, OVER_THRESHOLD}) {
            byte[] bytes = TestContent.bytes(size, 6);
            ObjectKey key = new ObjectKey("no-such-container-" + size, "object");

            assertThatThrownBy(() -> azure.put(key, new ByteArrayInputStream(bytes), size, PutOptions.defaults()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void shouldTranslateThrottlingServerErrorsAndAuthFailuresOfPutBlobAndPutBlock() throws IOException {
        assertThat(putAgainst(503, "ServerBusy", "7", 1000)).isInstanceOfSatisfying(ThrottledException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
        assertThat(putAgainst(503, "ServerBusy", "7", OVER_THRESHOLD)).isInstanceOfSatisfying(
                ThrottledException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
        assertThat(putAgainst(500, "InternalError", null, 1000)).isInstanceOf(TransientException.class);
        assertThat(putAgainst(500, "InternalError", null, OVER_THRESHOLD)).isInstanceOf(TransientException.class);
        assertThat(putAgainst(403, "AuthenticationFailed", null, 1000)).isInstanceOf(PermanentException.class);
        assertThat(putAgainst(403, "AuthenticationFailed", null, OVER_THRESHOLD))
                .isInstanceOf(PermanentException.class);
    }

    /** What a put throws when every request is answered with this status, error code and Retry-After. */
    private static StorageException putAgainst(int status, String errorCode, String retryAfter, int size)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>" + errorCode
                    + "</Code><Message>refused by the test</Message></Error>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("x-ms-error-code", errorCode);
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String key = Base64.getEncoder().encodeToString("not the account's key".getBytes(StandardCharsets.UTF_8));
            StorageAdapter refused = new AzureBlobStorageAdapter(AzureConfig.connectionString("devstoreaccount1",
                    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + key
                            + ";BlobEndpoint=http://127.0.0.1:" + server.getAddress().getPort() + "/devstoreaccount1;")
                    .withTransfer(SMALL));
            byte[] bytes = TestContent.bytes(size, 7);
            try {
                refused.put(new ObjectKey("container", "object"), new ByteArrayInputStream(bytes), size,
                        PutOptions.defaults());
            }
            catch (StorageException e) {
                return e;
            }
            throw new AssertionError("the put succeeded against a server that refuses everything");
        }
        finally {
            server.stop(0);
        }
    }

    private static BlobClient blob(ObjectKey key) {
        return service.getBlobContainerClient(key.bucket()).getBlobClient(key.key());
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
