package io.cloudflux.bench.storage;

import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * Incompressible content of a given size made on the fly, so that a 1 GiB object never sits in memory: a random
 * 64 KiB block that follows from the seed, with every block's first bytes overwritten by its index so no two blocks
 * of one object are alike.
 */
final class GeneratedContent extends InputStream {

    private static final int BLOCK = 64 * 1024;

    private final byte[] block = new byte[BLOCK];
    private final long size;
    private long position;

    GeneratedContent(long size, long seed) {
        this.size = size;
        new SplittableRandom(seed).nextBytes(block);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - position);
        for (int done = 0; done < n; ) {
            int inBlock = (int) ((position + done) % BLOCK);
            int chunk = Math.min(n - done, BLOCK - inBlock);
            System.arraycopy(block, inBlock, b, off + done, chunk);
            long blockIndex = (position + done) / BLOCK;
            for (int i = inBlock; i < 8 && i - inBlock < chunk; i++) {
                b[off + done + i - inBlock] = (byte) (blockIndex >>> (8 * i));
            }
            done += chunk;
        }
        position += n;
        return n;
    }
}
