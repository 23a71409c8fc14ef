package io.cloudflux.bench.tiering;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;
import io.cloudflux.tiering.trace.TraceWriter;

/**
 * Writes a synthetic trace file: {@code OUT [mix] [objects] [days] [seed]}; gzip when OUT ends in
 * {@code .gz}. Defaults: balanced, 20,000 objects, 365 days, seed 42.
 */
public final class GenerateTrace {
    private GenerateTrace() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: GenerateTrace OUT [mix] [objects] [days] [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Mix mix = Mix.named(args.length > 1 ? args[1] : "balanced");
        int objects = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int days = args.length > 3 ? Integer.parseInt(args[3]) : 365;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        try (OutputStream raw = Files.newOutputStream(out);
             OutputStream data = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer w = new BufferedWriter(new OutputStreamWriter(data, StandardCharsets.UTF_8), 1 << 16)) {
            new SyntheticTraceGenerator(mix, objects, days, seed).generate(new TraceWriter(w));
        }
    }
}
