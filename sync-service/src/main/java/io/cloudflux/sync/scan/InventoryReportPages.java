package io.cloudflux.sync.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.EventJson;
import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.sync.catalog.Observation;
import io.cloudflux.sync.clouds.CloudsProperties.InventoryReport;
import io.cloudflux.sync.clouds.ScanScope;
import tools.jackson.databind.JsonNode;

/**
 * Pages of a bucket's latest S3 Inventory report (CSV), read through the account's adapter: the newest
 * {@code <prefix>/<source bucket>/<config id>/<timestamp>/manifest.json}, then the gzipped CSV files it names, whose
 * columns its {@code fileSchema} gives (keys URL-encoded). Rows of other prefixes, delete markers and non-current
 * versions are skipped. A page token {@code file:row:manifest key} pins the report a run reads, so a resumed run
 * reads on in the same report; files are streamed, never held whole.
 */
class InventoryReportPages {

    private final ScanScope scope;
    private final StorageAdapter adapter;
    private final InventoryReport report;
    private Cursor cursor;

    InventoryReportPages(ScanScope scope, StorageAdapter adapter, InventoryReport report) {
        this.scope = scope;
        this.adapter = adapter;
        this.report = report;
    }

    SourcePage page(String token, int pageSize) {
        Position at = token == null ? new Position(latestManifest(), 0, 0) : Position.parse(token);
        Manifest manifest = Manifest.read(adapter, report.bucket(), at.manifestKey());
        if (cursor == null || !cursor.at.equals(at)) {
            closeCursor();
            cursor = Cursor.open(adapter, report.bucket(), manifest, at);
        }
        List<Observation> page = new ArrayList<>(pageSize);
        while (page.size() < pageSize && cursor != null) {
            String line = cursor.next();
            if (line == null) {
                int nextFile = cursor.at.file() + 1;
                closeCursor();
                if (nextFile < manifest.files().size()) {
                    cursor = Cursor.open(adapter, report.bucket(), manifest, new Position(at.manifestKey(), nextFile, 0));
                }
                continue;
            }
            Observation seen = observation(manifest, CsvLine.parse(line));
            if (seen != null) {
                page.add(seen);
            }
        }
        return new SourcePage(page, cursor == null ? null : cursor.at.token());
    }

    private String latestManifest() {
        String base = (report.prefix().isEmpty() ? "" : report.prefix().replaceAll("/+$", "") + "/")
                + scope.bucket() + "/" + report.configId() + "/";
        try (var keys = adapter.listAll(report.bucket(), base)) {
            return keys.map(info -> info.key().key()).filter(key -> key.endsWith("/manifest.json"))
                    .max(String::compareTo)
                    .orElseThrow(() -> new IllegalStateException("no inventory manifest under " + report.bucket() + "/"
                            + base));
        }
    }

    private Observation observation(Manifest manifest, List<String> row) {
        Function<String, String> field = name -> {
            Integer i = manifest.columns().get(name);
            return i == null || i >= row.size() || row.get(i).isEmpty() ? null : row.get(i);
        };
        String key = URLDecoder.decode(field.apply("Key"), StandardCharsets.UTF_8);
        if (!scope.bucket().equals(field.apply("Bucket")) || !key.startsWith(scope.prefix())
                || "true".equals(field.apply("IsDeleteMarker")) || "false".equals(field.apply("IsLatest"))) {
            return null;
        }
        String etag = field.apply("ETag");
        Checksums checksums = etag != null && etag.matches("[0-9a-fA-F]{32}") ? new Checksums(etag, null, null)
                : Checksums.NONE;
        String storageClass = field.apply("StorageClass");
        String modified = field.apply("LastModifiedDate");
        return new Observation(scope.account(), adapter.locationOf(new ObjectKey(scope.bucket(), key)),
                Long.parseLong(field.apply("Size")), storageClass == null ? "STANDARD" : storageClass, etag,
                field.apply("VersionId"), checksums, modified == null ? Instant.EPOCH : Instant.parse(modified));
    }

    private void closeCursor() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }

    /** Where a page starts: row {@code row} (from 0) of the manifest's file {@code file}. */
    record Position(String manifestKey, int file, long row) {

        String token() {
            return file + ":" + row + ":" + manifestKey;
        }

        static Position parse(String token) {
            String[] parts = token.split(":", 3);
            return new Position(parts[2], Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
        }
    }

    /** The manifest's data files and the columns of their rows, by name. */
    record Manifest(List<String> files, Map<String, Integer> columns) {

        static Manifest read(StorageAdapter adapter, String bucket, String key) {
            JsonNode json;
            try (InputStream in = adapter.get(new ObjectKey(bucket, key))) {
                json = EventJson.mapper().readTree(in);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!"CSV".equals(json.path("fileFormat").asString())) {
                throw new IllegalStateException(key + " is a " + json.path("fileFormat").asString()
                        + " report; only CSV is read");
            }
            List<String> schema = Arrays.stream(json.path("fileSchema").asString().split(",")).map(String::trim)
                    .toList();
            List<String> files = new ArrayList<>();
            json.path("files").forEach(file -> files.add(file.path("key").asString()));
            return new Manifest(files, IntStream.range(0, schema.size()).boxed()
                    .collect(Collectors.toMap(schema::get, i -> i)));
        }
    }

    /** An open data file, read line by line from a position. */
    private static final class Cursor {

        private final BufferedReader reader;
        private Position at;

        private Cursor(BufferedReader reader, Position at) {
            this.reader = reader;
            this.at = at;
        }

        static Cursor open(StorageAdapter adapter, String bucket, Manifest manifest, Position at) {
            InputStream raw = adapter.get(new ObjectKey(bucket, manifest.files().get(at.file())));
            try {
                BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                        StandardCharsets.UTF_8));
                for (long skipped = 0; skipped < at.row(); skipped++) {
                    reader.readLine();
                }
                return new Cursor(reader, at);
            }
            catch (IOException e) {
                closeQuietly(raw);
                throw new UncheckedIOException(e);
            }
        }

        private static void closeQuietly(InputStream in) {
            try {
                in.close();
            }
            catch (IOException e) {
                // Already failing; the first error is the one worth reporting.
            }
        }

        String next() {
            try {
                String line = reader.readLine();
                while (line != null && line.isBlank()) {
                    at = new Position(at.manifestKey(), at.file(), at.row() + 1);
                    line = reader.readLine();
                }
                if (line != null) {
                    at = new Position(at.manifestKey(), at.file(), at.row() + 1);
                }
                return line;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                reader.close();
            }
            catch (IOException e) {
                // Nothing was written: a failed close of a read stream loses nothing.
            }
        }
    }

    /** One CSV line: fields separated by commas, quoted with {@code "}, a quote inside written {@code ""}. */
    static final class CsvLine {

        private CsvLine() {
        }

        static List<String> parse(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    }
                    else if (c == '"') {
                        quoted = false;
                    }
                    else {
                        field.append(c);
                    }
                }
                else if (c == '"') {
                    quoted = true;
                }
                else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                }
                else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
