package io.cloudflux.tiering.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/** Writes events as trace format v1, quoting object ids that need it. */
public final class TraceWriter implements Consumer<TraceEvent> {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);

    public TraceWriter(Writer out) {
        this.out = out;
        write(TraceFormat.HEADER + "\n");
    }

    @Override
    public void accept(TraceEvent e) {
        line.setLength(0);
        line.append(TraceFormat.format(e.epochMillis())).append(',');
        String id = e.objectId();
        if (id.indexOf(',') >= 0 || id.indexOf('"') >= 0) {
            line.append('"').append(id.replace("\"", "\"\"")).append('"');
        } else {
            line.append(id);
        }
        line.append(',').append(e.operation().name()).append(',').append(e.sizeBytes()).append('\n');
        write(line);
    }

    private void write(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
