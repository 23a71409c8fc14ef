package io.cloudflux.storage.faults;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** The streams the fault injector puts between a caller and an adapter. */
final class FaultyStreams {

    private FaultyStreams() {
    }

    /** Runs an action once, with the number of bytes read, when the stream first reports its end. */
    static final class OnEnd extends FilterInputStream {

        private final LongConsumer action;
        private long count;
        private boolean done;

        OnEnd(InputStream in, LongConsumer action) {
            super(in);
            this.action = action;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                ended();
            }
            else {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                ended();
            }
            else {
                count += n;
            }
            return n;
        }

        private void ended() {
            if (!done) {
                done = true;
                action.accept(count);
            }
        }
    }

    /** Flips the bits of the byte at one position. */
    static final class Corrupted extends FilterInputStream {

        private final long position;
        private long offset;

        Corrupted(InputStream in, long position) {
            super(in);
            this.position = position;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && offset++ == position) {
                return ~b & 0xff;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && position >= offset && position < offset + n) {
                int i = off + (int) (position - offset);
                b[i] = (byte) ~b[i];
            }
            if (n > 0) {
                offset += n;
            }
            return n;
        }
    }
}
