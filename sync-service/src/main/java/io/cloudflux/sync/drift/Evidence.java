package io.cloudflux.sync.drift;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudflux.events.Checksums;
import io.cloudflux.sync.catalog.CatalogEntry;
import io.cloudflux.sync.catalog.Observation;

/** The evidence each kind of finding carries: what the catalog holds and what the bucket showed. */
public final class Evidence {

    private Evidence() {
    }

    public static Map<String, Object> changed(CatalogEntry catalog, Observation seen) {
        return Map.of("catalog", of(catalog), "observed", of(seen));
    }

    public static Map<String, Object> leftover(CatalogEntry original, Observation copy, boolean formerLocation) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("original", of(original));
        evidence.put("copy", of(copy));
        evidence.put("formerLocationOfOriginal", formerLocation);
        return evidence;
    }

    public static Map<String, Object> missing(CatalogEntry catalog, long scanId) {
        return Map.of("catalog", of(catalog), "notListedByScan", scanId, "headAnswered", "not found");
    }

    public static Map<String, Object> checksumMismatch(CatalogEntry catalog, Checksums computed, long bytesRead) {
        return Map.of("catalog", of(catalog), "computed", checksums(computed), "bytesRead", bytesRead);
    }

    static Map<String, Object> of(CatalogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("objectId", e.objectId());
        m.put("location", e.location().toString());
        m.put("sizeBytes", e.sizeBytes());
        m.put("storageClass", e.storageClass());
        putIfKnown(m, "etag", e.etag());
        putIfKnown(m, "version", e.version());
        m.put("checksums", checksums(e.checksums()));
        m.put("lastModified", e.lastModified().toString());
        return m;
    }

    static Map<String, Object> of(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", o.location().toString());
        m.put("sizeBytes", o.sizeBytes());
        m.put("storageClass", o.storageClass());
        putIfKnown(m, "etag", o.etag());
        putIfKnown(m, "version", o.version());
        m.put("checksums", checksums(o.checksums()));
        m.put("lastModified", o.lastModified().toString());
        return m;
    }

    static Map<String, Object> checksums(Checksums c) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfKnown(m, "md5", c.md5());
        putIfKnown(m, "crc32c", c.crc32c());
        putIfKnown(m, "sha256", c.sha256());
        return m;
    }

    private static void putIfKnown(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
