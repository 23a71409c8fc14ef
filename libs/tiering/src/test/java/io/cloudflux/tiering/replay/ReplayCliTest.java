package io.cloudflux.tiering.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudflux.tiering.trace.Mix;
import io.cloudflux.tiering.trace.SyntheticTraceGenerator;
import io.cloudflux.tiering.trace.TraceWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReplayCliTest {
    @TempDir
    Path dir;

    private Path trace() throws IOException {
        Path file = dir.resolve("trace.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            new SyntheticTraceGenerator(Mix.BALANCED, 150, 90, 5).generate(new TraceWriter(w));
        }
        return file;
    }

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return ReplayCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintATableAndWriteTheJsonShapeOfIssue3() throws IOException {
        Path json = dir.resolve("out.json");
        Path csv = dir.resolve("out.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = run(out, new ByteArrayOutputStream(), "--trace", trace().toString(), "--provider", "aws", "--json", json.toString(),
                "--csv", csv.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("all-hot", "s3-intelligent-tiering", "cloudflux", "oracle");
        JsonNode root = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(root.propertyNames()).containsExactly("trace", "provider", "policies");
        assertThat(root.get("trace").propertyNames()).containsExactly("objects", "events", "days");
        assertThat(root.get("trace").get("objects").asLong()).isEqualTo(150);
        assertThat(root.get("provider").asString()).isEqualTo("aws");
        JsonNode first = root.get("policies").get(0);
        assertThat(first.propertyNames()).containsExactly("name", "totalCostUsd", "breakdown", "transitions");
        assertThat(first.get("breakdown").propertyNames()).containsExactly("storage", "requests", "retrieval", "earlyDeletion",
                "transitions", "egress", "monitoring");
        assertThat(root.get("policies").valueStream().map(p -> p.get("name").asString()).toList())
                .containsExactly("all-hot", "s3-intelligent-tiering", "lifecycle-age", "cloudflux", "oracle");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("policy,totalCostUsd,storage");
    }

    @Test
    void shouldLetCloudfluxAndTheOracleLeaveHomeWhenAllowed() throws IOException {
        Path json = dir.resolve("multi.json");

        int code = run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--trace", trace().toString(), "--home", "gcp",
                "--allow", "aws,azure", "--policies", "gcs-autoclass,cloudflux,oracle", "--json", json.toString());

        assertThat(code).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(root.get("provider").asString()).isEqualTo("gcp");
        assertThat(root.get("policies").size()).isEqualTo(3);
    }

    @Test
    void shouldBillWhatCommitmentsStillOweAtTheEndOnlyWhenAsked() throws IOException {
        Path free = dir.resolve("free.json");
        Path owed = dir.resolve("owed.json");
        Path t = trace();

        assertThat(run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--trace", t.toString(), "--policies",
                "all-hot,lifecycle-age,oracle", "--json", free.toString())).isZero();
        assertThat(run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--trace", t.toString(), "--policies",
                "all-hot,lifecycle-age,oracle", "--at-end", "owed", "--json", owed.toString())).isZero();

        JsonNode f = JsonMapper.builder().build().readTree(free.toFile()).get("policies");
        JsonNode o = JsonMapper.builder().build().readTree(owed.toFile()).get("policies");
        // all-hot commits to nothing; lifecycle-age's Standard-IA and Glacier IR objects owe the rest of 30 and 90 days
        assertThat(o.get(0).get("totalCostUsd").asDouble()).isEqualTo(f.get(0).get("totalCostUsd").asDouble());
        assertThat(o.get(1).get("breakdown").get("earlyDeletion").asDouble())
                .isGreaterThan(f.get(1).get("breakdown").get("earlyDeletion").asDouble());
        assertThat(o.get(2).get("totalCostUsd").asDouble()).isGreaterThanOrEqualTo(f.get(2).get("totalCostUsd").asDouble());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(new ByteArrayOutputStream(), err, "--trace", t.toString(), "--at-end", "later")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--at-end takes free or owed");
    }

    @Test
    void shouldRefuseAVendorBaselineOutsideItsCloudAndUnknownArguments() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(run(new ByteArrayOutputStream(), err, "--trace", trace().toString(), "--provider", "azure", "--policies",
                "s3-intelligent-tiering")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("only runs on its own provider");
        assertThat(run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--trace")).isEqualTo(2);
        assertThat(run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--bogus")).isEqualTo(2);
    }

    @Test
    void shouldFailWithTheLineNumberOfABadTraceUnlessLenient() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "timestamp,object_id,operation,size_bytes\n2026-01-01T00:00:00Z,a,PUT,1\nbroken line\n"
                + "2026-01-01T00:00:01Z,b,GET,1\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(run(new ByteArrayOutputStream(), err, "--trace", bad.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3");
        assertThat(run(out, new ByteArrayOutputStream(), "--trace", bad.toString(), "--lenient")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("skipped 1 bad lines").contains("skipped 1 events of objects");
    }
}
