package io.cloudflux.launcher.estate;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * The bytes of one estate object: a pseudo-random stream seeded by a hash of the object's location and the estate's
 * version. Every object's content differs from every other's (the sync-service reports identical content at two
 * locations as a leftover copy), and the same object always gets the same bytes.
 */
final class ObjectContent extends InputStream {

    private final SplittableRandom random;
    private long remaining;
    private long word;
    private int wordBytesLeft;

    ObjectContent(EstateObject object) {
        this.random = new SplittableRandom(seedOf(object.contentSeed() + "#v" + DemoEstate.VERSION));
        this.remaining = object.sizeBytes();
    }

    private static long seedOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public int read() {
        if (remaining == 0) {
            return -1;
        }
        if (wordBytesLeft == 0) {
            word = random.nextLong();
            wordBytesLeft = Long.BYTES;
        }
        int b = (int) (word & 0xff);
        word >>>= 8;
        wordBytesLeft--;
        remaining--;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (remaining == 0) {
            return -1;
        }
        int n = (int) Math.min(length, remaining);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) read();
        }
        return n;
    }
}
