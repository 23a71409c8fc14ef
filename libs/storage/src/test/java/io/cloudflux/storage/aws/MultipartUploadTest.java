package io.cloudflux.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.TransferSettings;
import io.cloudflux.storage.TransientException;
import io.cloudflux.storage.UploadSource;
import io.cloudflux.storage.retry.Retrier;
import io.cloudflux.storage.retry.RetryPolicy;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** A failed multipart upload is aborted even when the abort itself is throttled at first. */
class MultipartUploadTest {

    @Test
    void shouldRetryAThrottledAbortSoThatNoPartIsLeftBehind() {
        List<String> calls = new ArrayList<>();
        S3Client s3 = (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    return switch (method.getName()) {
                        case "createMultipartUpload" -> CreateMultipartUploadResponse.builder().uploadId("u").build();
                        case "uploadPart" -> throw status(500, "InternalError");
                        case "abortMultipartUpload" -> {
                            if (calls.stream().filter("abortMultipartUpload"::equals).count() == 1) {
                                throw status(503, "SlowDown");
                            }
                            yield AbortMultipartUploadResponse.builder().build();
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
        Retrier noWait = new Retrier(new RetryPolicy(4, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(1)),
                Clock.systemUTC(), d -> { }, new SplittableRandom(1));
        byte[] bytes = new byte[3 << 20];
        UploadSource source = new UploadSource(new ByteArrayInputStream(bytes), bytes.length,
                new TransferSettings(1 << 20, 1 << 20), "put b/k");

        assertThatThrownBy(() -> new MultipartUpload(s3, new ObjectKey("b", "k"), PutOptions.defaults(), noWait)
                .run(source)).isInstanceOf(TransientException.class);

        assertThat(calls).containsSubsequence("uploadPart", "abortMultipartUpload", "abortMultipartUpload");
    }

    private static S3Exception status(int status, String code) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
    }
}
