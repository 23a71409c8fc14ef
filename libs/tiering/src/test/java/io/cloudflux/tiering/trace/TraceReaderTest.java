package io.cloudflux.tiering.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class TraceReaderTest {
    private static final String TRACE = """
            timestamp,object_id,operation,size_bytes
            2026-01-01T00:44:54.623Z,photos/2026/a.jpg,PUT,1048576
            2026-01-01T01:00:00Z,photos/2026/a.jpg,GET,1048576
            2026-01-02T00:00:00.5Z,"reports/q1,final.csv",PUT,10
            2026-01-02T03:00:00.000Z,photos/2026/a.jpg,HEAD,
            2026-01-03T00:00:00.000Z,photos/2026/a.jpg,DELETE,0
            """;

    private static List<TraceEvent> read(String text, boolean lenient) {
        List<TraceEvent> out = new ArrayList<>();
        new TraceReader(new StringReader(text), lenient).forEach(out::add);
        return out;
    }

    @Test
    void shouldReadEveryOperationWithQuotedKeysAndIsoTimestamps() {
        List<TraceEvent> events = read(TRACE, false);

        assertThat(events).extracting(TraceEvent::operation)
                .containsExactly(Operation.PUT, Operation.GET, Operation.PUT, Operation.HEAD, Operation.DELETE);
        assertThat(events.get(0).epochMillis()).isEqualTo(java.time.Instant.parse("2026-01-01T00:44:54.623Z").toEpochMilli());
        assertThat(events.get(2).objectId()).isEqualTo("reports/q1,final.csv");
        assertThat(events.get(2).epochMillis()).isEqualTo(java.time.Instant.parse("2026-01-02T00:00:00.500Z").toEpochMilli());
        assertThat(events.get(3).sizeBytes()).isZero();
    }

    @Test
    void shouldReportTheLineNumberOfABadLine() {
        String bad = TRACE.replace("2026-01-01T01:00:00Z,photos/2026/a.jpg,GET", "2026-01-01T01:00:00Z,photos/2026/a.jpg,FETCH");

        assertThatThrownBy(() -> read(bad, false)).isInstanceOfSatisfying(TraceFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("line 3").contains("FETCH");
        });
    }

    @Test
    void shouldSkipAndCountBadLinesWhenLenient() {
        String bad = TRACE.replace("1048576\n2026-01-01T01", "lots\n2026-01-01T01") + "not,a,line\n2025-12-31T00:00:00Z,x,PUT,1\n";
        TraceReader reader = new TraceReader(new StringReader(bad), true);
        List<TraceEvent> out = new ArrayList<>();

        reader.forEach(out::add);

        assertThat(out).hasSize(4);
        assertThat(reader.skipped()).isEqualTo(3);
        assertThat(reader.firstProblem()).startsWith("line 2:").contains("size_bytes");
    }

    @Test
    void shouldRejectATraceWithoutTheV1Header() {
        assertThatThrownBy(() -> read("time,id,op,size\n", false)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("line 1").hasMessageContaining(TraceFormat.HEADER);
    }

    @Test
    void shouldReadGzipByItsMagicNumber() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(TRACE.getBytes(StandardCharsets.UTF_8));
        }
        List<TraceEvent> out = new ArrayList<>();

        TraceReader.of(new ByteArrayInputStream(bytes.toByteArray()), false).forEach(out::add);

        assertThat(out).hasSize(5);
    }

    @Test
    void shouldWriteWhatItReads() {
        StringWriter w = new StringWriter();
        TraceWriter writer = new TraceWriter(w);
        read(TRACE, false).forEach(writer);

        assertThat(read(w.toString(), false)).isEqualTo(read(TRACE, false));
    }

    @Test
    void shouldGenerateTheSameTraceFromTheSameSeedInTimeOrder() {
        List<TraceEvent> a = new ArrayList<>();
        List<TraceEvent> b = new ArrayList<>();
        new SyntheticTraceGenerator(Mix.BALANCED, 200, 60, 11).generate(a::add);
        new SyntheticTraceGenerator(Mix.BALANCED, 200, 60, 11).generate(b::add);

        assertThat(a).isEqualTo(b).isNotEmpty();
        assertThat(a).isSortedAccordingTo(java.util.Comparator.comparingLong(TraceEvent::epochMillis));
        assertThat(a.stream().filter(e -> e.operation() == Operation.PUT).count()).isEqualTo(200);
        assertThat(a).extracting(TraceEvent::objectId).anyMatch(k -> k.startsWith("media/uploads/"))
                .anyMatch(k -> k.startsWith("backups/")).anyMatch(k -> k.startsWith("warehouse/"))
                .anyMatch(k -> k.startsWith("static/")).anyMatch(k -> k.startsWith("projects/"));
    }
}
