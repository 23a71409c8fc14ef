package io.cloudflux.storage.azure;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.BlobStorageException;
import io.cloudflux.storage.ChecksumFormats;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.WriteCondition;

/**
 * Put Blob and Put Block on the caller's thread: each request is built here and sent with
 * {@link HttpPipeline#sendSync} through the service client's own pipeline (its credential, date, request id, response
 * validation and ETag policies), so on OkHttp it is written and answered on the calling thread. In
 * azure-storage-blob 12.35 the sync {@code BlockBlobClient.uploadWithResponse} and {@code stageBlockWithResponse}
 * block on the async client instead, which hands each request to Reactor and the transport's own threads. An answer
 * other than 201 becomes the {@link BlobStorageException} the SDK would have thrown, for {@link AzureErrors}.
 */
final class BlockBlobWrites {

    /**
     * What a Put Blob or Put Block List answers: the new blob's ETag (unquoted), version id, and the MD5 the service
     * computed over the bytes it received ({@code null} for a block list, whose Content-MD5 is the writer's).
     */
    record Written(String etag, String versionId, String md5Hex) {
    }

    private static final HttpHeaderName VERSION = HttpHeaderName.fromString("x-ms-version");
    private static final HttpHeaderName BLOB_TYPE = HttpHeaderName.fromString("x-ms-blob-type");
    private static final HttpHeaderName BLOB_CONTENT_TYPE = HttpHeaderName.fromString("x-ms-blob-content-type");
    private static final HttpHeaderName BLOB_CONTENT_MD5 = HttpHeaderName.fromString("x-ms-blob-content-md5");
    private static final HttpHeaderName BLOB_CONTENT_ENCODING =
            HttpHeaderName.fromString("x-ms-blob-content-encoding");
    private static final HttpHeaderName ACCESS_TIER = HttpHeaderName.fromString("x-ms-access-tier");
    private static final HttpHeaderName VERSION_ID = HttpHeaderName.fromString("x-ms-version-id");
    private static final String METADATA_PREFIX = "x-ms-meta-";
    private static final int CREATED = 201;
    /** okio's segment size. */
    private static final int SLICE = 8 << 10;

    private final HttpPipeline pipeline;
    private final String serviceVersion;

    private BlockBlobWrites(HttpPipeline pipeline, String serviceVersion) {
        this.pipeline = pipeline;
        this.serviceVersion = serviceVersion;
    }

    /** Writes through the client's own pipeline, in its service version. */
    static BlockBlobWrites of(BlobServiceClient service) {
        return new BlockBlobWrites(service.getHttpPipeline(), service.getServiceVersion().getVersion());
    }

    /**
     * One Put Blob of {@code bytes}, which the service checks against {@code md5} (sent as Content-MD5 and stored as
     * the blob's), in the options' class, content type and metadata.
     */
    Written putBlob(String blobUrl, byte[] bytes, byte[] md5, PutOptions options) {
        HttpRequest request = request(blobUrl, bytes, bytes.length, md5).setHeader(BLOB_TYPE, "BlockBlob");
        blobHeaders(request, md5, options);
        try (HttpResponse response = send(request)) {
            HttpHeaders headers = response.getHeaders();
            // ScrubEtagPolicy has already taken the quotes off.
            return new Written(headers.getValue(HttpHeaderName.ETAG), headers.getValue(VERSION_ID),
                    ChecksumFormats.base64ToHex(headers.getValue(HttpHeaderName.CONTENT_MD5), 16));
        }
    }

    /**
     * One Put Block List committing exactly {@code blockIds} as uncommitted blocks, in order: blocks this upload
     * staged under ids no other upload uses, so the blob is these blocks or the commit fails (InvalidBlockList when
     * another writer's commit discarded them). {@code md5} is stored as the blob's Content-MD5 unchecked: the
     * service checked each block's instead. Committed under the options' condition (If-None-Match / If-Match).
     */
    Written putBlockList(String blobUrl, List<String> blockIds, byte[] md5, PutOptions options) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        blockIds.forEach(id -> xml.append("<Uncommitted>").append(id).append("</Uncommitted>"));
        byte[] body = xml.append("</BlockList>").toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = new HttpRequest(HttpMethod.PUT, blobUrl + "?comp=blocklist")
                .setBody(BinaryData.fromBytes(body))
                .setHeader(HttpHeaderName.CONTENT_TYPE, "application/xml")
                .setHeader(VERSION, serviceVersion)
                .setHeader(HttpHeaderName.ACCEPT, "application/xml");
        blobHeaders(request, md5, options);
        try (HttpResponse response = send(request)) {
            HttpHeaders headers = response.getHeaders();
            return new Written(headers.getValue(HttpHeaderName.ETAG), headers.getValue(VERSION_ID), null);
        }
    }

    /** The blob's own headers, which the service keeps: type, encoding, MD5, class, metadata, and the condition. */
    private static void blobHeaders(HttpRequest request, byte[] md5, PutOptions options) {
        request.setHeader(BLOB_CONTENT_TYPE, options.contentTypeOrDefault())
                .setHeader(BLOB_CONTENT_MD5, base64(md5));
        if (options.contentEncoding() != null) {
            request.setHeader(BLOB_CONTENT_ENCODING, options.contentEncoding());
        }
        if (options.storageClass() != null) {
            request.setHeader(ACCESS_TIER, options.storageClass());
        }
        options.metadata().forEach(
                (name, value) -> request.setHeader(HttpHeaderName.fromString(METADATA_PREFIX + name), value));
        WriteCondition condition = options.condition();
        if (condition.mustBeAbsent()) {
            request.setHeader(HttpHeaderName.IF_NONE_MATCH, "*");
        }
        else if (condition.etag() != null) {
            request.setHeader(HttpHeaderName.IF_MATCH, "\"" + condition.etag() + "\"");
        }
    }

    /** One Put Block of {@code buffer[0, length)}, which the service checks against {@code md5}. */
    void putBlock(String blobUrl, String blockId, byte[] buffer, int length, byte[] md5) {
        String url = blobUrl + "?comp=block&blockid=" + URLEncoder.encode(blockId, StandardCharsets.UTF_8);
        send(request(url, buffer, length, md5)).close();
    }

    private HttpRequest request(String url, byte[] buffer, int length, byte[] md5) {
        return new HttpRequest(HttpMethod.PUT, url)
                .setBody(body(buffer, length))
                .setHeader(HttpHeaderName.CONTENT_TYPE, "application/octet-stream")
                .setHeader(HttpHeaderName.CONTENT_MD5, base64(md5))
                .setHeader(VERSION, serviceVersion)
                .setHeader(HttpHeaderName.ACCEPT, "application/xml");
    }

    /**
     * {@code buffer[0, length)} as a request body, not copied, in slices of one okio segment: OkHttp's sink copies
     * each write into 8 KiB segments before it sends any of them, and its segment pool keeps only 64 KiB, so a block
     * written whole would be 1,024 fresh segments, garbage once sent; written a segment at a time, each goes to the
     * socket and back to the pool before the next.
     */
    private static BinaryData body(byte[] buffer, int length) {
        List<ByteBuffer> slices = new ArrayList<>(length / SLICE + 1);
        for (int offset = 0; offset < length; offset += SLICE) {
            slices.add(ByteBuffer.wrap(buffer, offset, Math.min(SLICE, length - offset)).slice());
        }
        return BinaryData.fromListByteBuffer(slices);
    }

    /** Sends on this thread; any answer but 201 Created is thrown as the SDK's exception, with the service's error. */
    private HttpResponse send(HttpRequest request) {
        HttpResponse response = pipeline.sendSync(request, Context.NONE);
        if (response.getStatusCode() == CREATED) {
            return response;
        }
        try (response) {
            // The error code is in x-ms-error-code; the body (the service's XML error) says more, e.g. Azurite's
            // "Provided contentMD5 doesn't match", which AzureErrors recognises.
            String error = response.getBodyAsBinaryData().toString();
            throw new BlobStorageException("Status code " + response.getStatusCode() + ", \"" + error + "\"",
                    response, null);
        }
    }

    private static String base64(byte[] raw) {
        return Base64.getEncoder().encodeToString(raw);
    }
}
