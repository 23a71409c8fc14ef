package io.cloudflux.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.cloudflux.storage.NotFoundException;
import io.cloudflux.storage.PermanentException;
import io.cloudflux.storage.PreconditionFailedException;
import io.cloudflux.storage.ThrottledException;
import io.cloudflux.storage.TransientException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** How a failed Transfer Manager future becomes a storage error. */
class ServerSideCopyTest {

    @Test
    void shouldTranslateTheServiceErrorInsideAFailedFuture() {
        assertThat(ServerSideCopy.translate("copy", new ExecutionException(new CompletionException(s3(412, null)))))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(ServerSideCopy.translate("copy", new CompletionException(s3(404, "NoSuchBucket"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(ServerSideCopy.translate("copy", new CompletionException(s3(503, "SlowDown"))))
                .isInstanceOf(ThrottledException.class);
        assertThat(ServerSideCopy.translate("copy", new CompletionException(s3(403, "AccessDenied"))))
                .isInstanceOf(PermanentException.class);
    }

    @Test
    void shouldTreatLostConnectionsAndCancellationAsTransientAndAnythingElseAsPermanent() {
        assertThat(ServerSideCopy.translate("copy", new CompletionException(
                SdkClientException.create("connection reset")))).isInstanceOf(TransientException.class);
        assertThat(ServerSideCopy.translate("copy", new CompletionException(new IOException("reset"))))
                .isInstanceOf(TransientException.class);
        assertThat(ServerSideCopy.translate("copy", new CancellationException("closed")))
                .isInstanceOf(TransientException.class);
        assertThat(ServerSideCopy.translate("copy", new CompletionException(new IllegalStateException("bug"))))
                .isInstanceOf(PermanentException.class);
    }

    private static S3Exception s3(int status, String code) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).message("test").build();
    }
}
