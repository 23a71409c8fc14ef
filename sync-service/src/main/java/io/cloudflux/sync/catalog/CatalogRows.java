package io.cloudflux.sync.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;
import org.springframework.jdbc.core.RowMapper;

/** How a catalog_object row is read. */
final class CatalogRows {

    static final String COLUMNS = "object_id, account, location, size_bytes, storage_class, etag, version, md5, crc32c, "
            + "sha256, last_modified, first_seen, located_at, updated_at, state";

    static final RowMapper<CatalogEntry> ENTRY = CatalogRows::entry;

    private CatalogRows() {
    }

    private static CatalogEntry entry(ResultSet rs, int row) throws SQLException {
        return new CatalogEntry(rs.getString("object_id"), rs.getString("account"),
                Location.parse(rs.getString("location")), rs.getLong("size_bytes"), rs.getString("storage_class"),
                rs.getString("etag"), rs.getString("version"),
                new Checksums(rs.getString("md5"), rs.getString("crc32c"), rs.getString("sha256")),
                instant(rs, "last_modified"), instant(rs, "first_seen"), instant(rs, "located_at"),
                instant(rs, "updated_at"), ObjectState.valueOf(rs.getString("state")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
