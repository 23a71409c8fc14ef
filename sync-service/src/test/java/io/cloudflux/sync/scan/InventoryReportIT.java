package io.cloudflux.sync.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import io.cloudflux.storage.ObjectKey;
import io.cloudflux.storage.PutOptions;
import io.cloudflux.storage.StorageAdapter;
import io.cloudflux.storage.filesystem.FilesystemConfig;
import io.cloudflux.storage.filesystem.FilesystemStorageAdapter;
import io.cloudflux.sync.Estates;
import io.cloudflux.sync.SyncApplication;
import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.CatalogStore;
import io.cloudflux.sync.clouds.ScanScope;
import io.cloudflux.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A bucket too big to list often, catalogued from its S3 Inventory report: manifest.json and gzipped CSV files. */
@RealInfrastructure
@SpringBootTest(properties = {"spring.config.name=" + SyncApplication.NAME, "cloudflux.sync.scan.schedule=false"})
class InventoryReportIT {

    static final Path ROOT = Estates.tempDir("sync-report-it-");
    static final String SCHEMA = "Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, LastModifiedDate, ETag, "
            + "StorageClass";

    @DynamicPropertySource
    static void clouds(DynamicPropertyRegistry registry) {
        registry.add("cloudflux.clouds[0].name", () -> "fs-reports");
        registry.add("cloudflux.clouds[0].provider", () -> "FILESYSTEM");
        registry.add("cloudflux.clouds[0].endpoint", ROOT::toString);
        registry.add("cloudflux.clouds[0].credentials", () -> "none");
        registry.add("cloudflux.clouds[0].buckets[0].name", () -> "warehouse");
        registry.add("cloudflux.clouds[0].buckets[0].prefixes[0]", () -> "datasets/");
        registry.add("cloudflux.clouds[0].buckets[0].page-size", () -> "2");
        registry.add("cloudflux.clouds[0].buckets[0].inventory-report.bucket", () -> "inventory");
        registry.add("cloudflux.clouds[0].buckets[0].inventory-report.prefix", () -> "reports");
        registry.add("cloudflux.clouds[0].buckets[0].inventory-report.config-id", () -> "daily");
    }

    @Autowired
    ScanService scans;

    @Autowired
    CatalogStore catalog;

    @Autowired
    JdbcTemplate jdbc;

    final StorageAdapter store = new FilesystemStorageAdapter(new FilesystemConfig("fs-reports", ROOT));

    @Test
    void shouldCatalogABucketFromItsLatestInventoryReportAcrossItsFilesAndPages() throws IOException {
        store.createBucket("inventory");
        String older = "reports/warehouse/daily/2025-06-01T01-00Z/";
        String latest = "reports/warehouse/daily/2025-06-02T01-00Z/";
        put(older + "manifest.json", manifest("reports/warehouse/daily/data/old.csv.gz"));
        put("reports/warehouse/daily/data/old.csv.gz", gzip(
                "\"warehouse\",\"datasets/stale.parquet\",\"\",\"true\",\"false\",\"1\",\"2025-05-01T00:00:00.000Z\","
                        + "\"d41d8cd98f00b204e9800998ecf8427e\",\"STANDARD\"\n"));
        put(latest + "manifest.json", manifest("reports/warehouse/daily/data/a.csv.gz",
                "reports/warehouse/daily/data/b.csv.gz"));
        put("reports/warehouse/daily/data/a.csv.gz", gzip(String.join("\n",
                row("datasets/raw/2025/part-0001.parquet", "v1", true, false, 52428800, "9e107d9d372bb6826bd81d3542a419d6",
                        "STANDARD_IA"),
                row("datasets/raw/2025/part%20two.parquet", "v1", true, false, 1048576, "e4d909c290d0fb1ca068ffaddf22cbd0",
                        "GLACIER_IR"),
                row("logs/2025/06/01/app.log", "v1", true, false, 4096, "0cc175b9c0f1b6a831c399e269772661", "STANDARD"),
                row("datasets/raw/2025/deleted.parquet", "v2", true, true, 0, "", "STANDARD"),
                row("datasets/raw/2025/part-0001.parquet", "v0", false, false, 100, "92eb5ffee6ae2fec3ad71c777531578f",
                        "STANDARD"))));
        put("reports/warehouse/daily/data/b.csv.gz", gzip(
                row("datasets/curated/customers.csv", "v9", true, false, 2048, "3c6e0b8a9c15224a8228b9a98ca1531d-2",
                        "DEEP_ARCHIVE") + "\n"));

        ScanRun run = scans.runNow(new ScanScope("fs-reports", "warehouse", "datasets/"), ScanMode.REPORT, "TEST",
                store).orElseThrow();

        assertThat(run.state()).as(run.lastError()).isEqualTo(ScanState.COMPLETED);
        assertThat(run.objectsNew()).isEqualTo(3);
        assertThat(jdbc.queryForList("select object_key from catalog_object order by object_key", String.class))
                .containsExactly("datasets/curated/customers.csv", "datasets/raw/2025/part two.parquet",
                        "datasets/raw/2025/part-0001.parquet");
        CatalogEntry part = catalog.findByLocation(store.locationOf(new ObjectKey("warehouse",
                "datasets/raw/2025/part-0001.parquet"))).orElseThrow();
        assertThat(part.sizeBytes()).isEqualTo(52428800);
        assertThat(part.storageClass()).isEqualTo("STANDARD_IA");
        assertThat(part.checksums().md5()).isEqualTo("9e107d9d372bb6826bd81d3542a419d6");
        CatalogEntry multipart = catalog.findByLocation(store.locationOf(new ObjectKey("warehouse",
                "datasets/curated/customers.csv"))).orElseThrow();
        assertThat(multipart.checksums().md5()).as("a multipart ETag is not an MD5").isNull();
        assertThat(multipart.storageClass()).isEqualTo("DEEP_ARCHIVE");
    }

    private static String row(String key, String version, boolean latest, boolean deleteMarker, long size, String etag,
            String storageClass) {
        return String.join(",", List.of(quote("warehouse"), quote(key), quote(version), quote(String.valueOf(latest)),
                quote(String.valueOf(deleteMarker)), quote(String.valueOf(size)), quote("2025-06-01T12:00:00.000Z"),
                quote(etag), quote(storageClass)));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static byte[] manifest(String... files) {
        StringBuilder list = new StringBuilder();
        for (String file : files) {
            list.append(list.length() == 0 ? "" : ",").append("{\"key\":\"").append(file)
                    .append("\",\"size\":100,\"MD5checksum\":\"00000000000000000000000000000000\"}");
        }
        return ("{\"sourceBucket\":\"warehouse\",\"destinationBucket\":\"arn:aws:s3:::inventory\",\"version\":"
                + "\"2016-11-30\",\"creationTimestamp\":\"1748826000000\",\"fileFormat\":\"CSV\",\"fileSchema\":\""
                + SCHEMA + "\",\"files\":[" + list + "]}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private void put(String key, byte[] content) {
        store.put(new ObjectKey("inventory", key), new ByteArrayInputStream(content), content.length,
                PutOptions.defaults());
    }
}
