package io.cloudflux.storage.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import org.junit.jupiter.api.Test;

class UnsignedPayloadSignerTest {

    private static final AwsCredentialsIdentity KEYS = AwsCredentialsIdentity.create("AKIDEXAMPLE", "secret");

    @Test
    void shouldSendThePayloadUnsignedOverPlainHttpAndKeepSchemeAndPort() {
        SignedRequest signed = new UnsignedPayloadSigner().sign(request("http://127.0.0.1:9090/bucket/key"));

        assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256")).contains("UNSIGNED-PAYLOAD");
        assertThat(signed.request().protocol()).isEqualTo("http");
        assertThat(signed.request().port()).isEqualTo(9090);
        assertThat(signed.request().firstMatchingHeader("Authorization")).isPresent();
    }

    @Test
    void shouldSignTheHeadersExactlyAsTheSdkDoesOverHttps() {
        SignedRequest ours = new UnsignedPayloadSigner().sign(request("http://127.0.0.1:9090/bucket/key"));
        SignedRequest sdk = AwsV4HttpSigner.create().sign(request("https://127.0.0.1:9090/bucket/key"));

        assertThat(ours.request().firstMatchingHeader("Authorization"))
                .isEqualTo(sdk.request().firstMatchingHeader("Authorization"));
    }

    @Test
    void shouldBeNeededBecauseTheSdkAloneSignsEveryPayloadByteOverPlainHttp() {
        SignedRequest sdk = AwsV4HttpSigner.create().sign(request("http://127.0.0.1:9090/bucket/key"));

        assertThat(sdk.request().firstMatchingHeader("x-amz-content-sha256")).isPresent()
                .get().isNotEqualTo("UNSIGNED-PAYLOAD");
    }

    private static SignRequest<AwsCredentialsIdentity> request(String uri) {
        SdkHttpRequest http = SdkHttpRequest.builder().method(SdkHttpMethod.PUT).uri(URI.create(uri))
                .putHeader("Content-Length", "5").build();
        return SignRequest.builder(KEYS).request(http).payload(ContentStreamProvider.fromUtf8String("hello"))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                // What the S3 client asks of the signer: no payload signing where the protocol allows it.
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, java.time.Clock.fixed(java.time.Instant.parse(
                        "2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .build();
    }
}
