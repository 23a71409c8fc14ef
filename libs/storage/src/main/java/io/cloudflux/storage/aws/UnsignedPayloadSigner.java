package io.cloudflux.storage.aws;

import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;

/**
 * SigV4 over plain HTTP the way the SDK signs over HTTPS: headers signed, payload sent as {@code UNSIGNED-PAYLOAD}
 * (with the flexible-checksum trailer, {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}, when the request carries one)
 * instead of SHA-256 over every byte in signed {@code aws-chunked} frames, which the SDK forces whenever the scheme
 * is {@code http}. The scheme is not part of a SigV4 signature, so the request is signed as if it were HTTPS and then
 * sent as it was. The data is still checked by the server: the CRC32C trailer (or Content-MD5) the request carries.
 * What is given up is only the signature's protection of the body against a man in the middle, which plain HTTP
 * has no business relying on; so this is opt-in ({@link S3Config#withUnsignedPayloadOverHttp}) for loopback or
 * private-network endpoints such as an emulator.
 */
final class UnsignedPayloadSigner implements AwsV4HttpSigner {

    private final AwsV4HttpSigner delegate = AwsV4HttpSigner.create();

    /** The SigV4 auth scheme with this signer in place of the SDK's. */
    static AwsV4AuthScheme authScheme() {
        AwsV4AuthScheme standard = AwsV4AuthScheme.create();
        UnsignedPayloadSigner signer = new UnsignedPayloadSigner();
        return new AwsV4AuthScheme() {
            @Override
            public String schemeId() {
                return standard.schemeId();
            }

            @Override
            public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders providers) {
                return standard.identityProvider(providers);
            }

            @Override
            public AwsV4HttpSigner signer() {
                return signer;
            }
        };
    }

    @Override
    public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
        SdkHttpRequest original = request.request();
        if (!"http".equals(original.protocol())) {
            return delegate.sign(request);
        }
        SignedRequest signed = delegate.sign(asHttps(request));
        return signed.toBuilder().request(signed.request().toBuilder().protocol("http").port(original.port()).build())
                .build();
    }

    @Override
    public CompletableFuture<AsyncSignedRequest> signAsync(AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
        // Only the sync client is used; an async request is signed as the SDK would.
        return delegate.signAsync(request);
    }

    private static <T extends AwsCredentialsIdentity> SignRequest<T> asHttps(SignRequest<T> request) {
        SdkHttpRequest original = request.request();
        // The explicit port keeps the Host header (and so the signature) the same as for the http request.
        SdkHttpRequest https = original.toBuilder().protocol("https").port(original.port()).build();
        return request.toBuilder().request(https).build();
    }
}
