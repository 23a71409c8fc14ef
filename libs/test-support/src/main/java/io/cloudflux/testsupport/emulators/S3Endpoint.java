package io.cloudflux.testsupport.emulators;

import java.net.URI;

/**
 * An S3-compatible endpoint for tests: path-style addressing, static test credentials that the emulator accepts.
 *
 * @param endpoint    e.g. {@code http://127.0.0.1:40123}
 * @param region      the signing region
 * @param accessKeyId a test key id, not a secret
 * @param secretKey   a test secret the emulator ignores
 */
public record S3Endpoint(URI endpoint, String region, String accessKeyId, String secretKey) {

    @Override
    public String toString() {
        return "S3Endpoint[" + endpoint + ", " + region + "]";
    }
}
