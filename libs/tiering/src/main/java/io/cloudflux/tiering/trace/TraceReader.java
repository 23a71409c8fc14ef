package io.cloudflux.tiering.trace;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams a trace in format v1, one line at a time: the trace is never held in memory. A line that
 * breaks the format stops the read with its line number, or, when lenient, is skipped and counted.
 * Timestamps must not go backwards.
 */
public final class TraceReader {
    private final BufferedReader in;
    private final boolean lenient;
    private long line;
    private long skipped;
    private long lastMillis = Long.MIN_VALUE;
    private String firstProblem;

    public TraceReader(Reader in, boolean lenient) {
        this.in = in instanceof BufferedReader br ? br : new BufferedReader(in, 1 << 16);
        this.lenient = lenient;
    }

    /** Reads plain or gzip-compressed bytes (recognised by the gzip magic number, not the file name). */
    public static TraceReader of(InputStream raw, boolean lenient) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            InputStream data = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
            return new TraceReader(new InputStreamReader(data, StandardCharsets.UTF_8), lenient);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends every event to {@code sink}, in file order. */
    public void forEach(Consumer<TraceEvent> sink) {
        try {
            String header = in.readLine();
            line = 1;
            if (header == null) {
                throw new TraceFormatException(1, "empty trace: expected the header '" + TraceFormat.HEADER + "'");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            if (!header.strip().equals(TraceFormat.HEADER)) {
                throw new TraceFormatException(1, "expected the header '" + TraceFormat.HEADER + "' but found '" + header + "'");
            }
            String s;
            while ((s = in.readLine()) != null) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                TraceEvent e;
                try {
                    e = parse(s);
                } catch (RuntimeException ex) {
                    TraceFormatException problem = new TraceFormatException(line, ex.getMessage());
                    if (!lenient) {
                        throw problem;
                    }
                    if (firstProblem == null) {
                        firstProblem = problem.getMessage();
                    }
                    skipped++;
                    continue;
                }
                sink.accept(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading trace at line " + line, e);
        }
    }

    private TraceEvent parse(String s) {
        String[] f = s.indexOf('"') < 0 ? s.split(",", -1) : splitQuoted(s);
        if (f.length != 4) {
            throw new IllegalArgumentException("expected 4 fields (timestamp,object_id,operation,size_bytes), found " + f.length);
        }
        long millis = TraceFormat.parseMillis(f[0].strip());
        if (millis < lastMillis) {
            throw new IllegalArgumentException("timestamp " + f[0] + " goes back in time: events must be in time order");
        }
        String id = f[1];
        if (id.isEmpty()) {
            throw new IllegalArgumentException("empty object_id");
        }
        Operation op;
        try {
            op = Operation.valueOf(f[2].strip());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown operation '" + f[2] + "' (expected PUT, GET, HEAD or DELETE)");
        }
        String sz = f[3].strip();
        long size;
        try {
            size = sz.isEmpty() && op != Operation.PUT ? 0 : Long.parseLong(sz);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("size_bytes is not a whole number: '" + sz + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size_bytes must not be negative: " + size);
        }
        lastMillis = millis;
        return new TraceEvent(millis, id, op, size);
    }

    /** RFC 4180 fields: quotes around a field, doubled quotes inside it. */
    private static String[] splitQuoted(String s) {
        java.util.List<String> out = new java.util.ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }

    /** Lines read so far, the header included. */
    public long lines() {
        return line;
    }

    /** Bad lines skipped (lenient mode only). */
    public long skipped() {
        return skipped;
    }

    /** The first skipped line's problem, or null. */
    public String firstProblem() {
        return firstProblem;
    }
}
