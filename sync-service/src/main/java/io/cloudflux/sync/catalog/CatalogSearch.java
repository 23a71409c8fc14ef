package io.cloudflux.sync.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudflux.platform.api.PageQuery;
import io.cloudflux.platform.api.PageResponse;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pages through the catalog with filters, for the internal API. */
class CatalogSearch {

    /** The sort properties of the list and their columns. */
    static final Map<String, String> SORTABLE = Map.of(
            "key", "account, bucket, object_key",
            "sizeBytes", "size_bytes",
            "lastModified", "last_modified",
            "firstSeen", "first_seen",
            "storageClass", "storage_class");

    private final JdbcTemplate jdbc;

    CatalogSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PageResponse<CatalogEntry> search(CatalogFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        condition(where, args, "provider = ?", filter.provider() == null ? null : filter.provider().name());
        condition(where, args, "account = ?", filter.account());
        condition(where, args, "bucket = ?", filter.bucket());
        condition(where, args, "starts_with(object_key, ?)", filter.prefix());
        condition(where, args, "storage_class = ?", filter.storageClass());
        condition(where, args, "state = ?", filter.state() == null ? null : filter.state().name());
        Long total = jdbc.queryForObject("select count(*) from catalog_object" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<CatalogEntry> items = jdbc.query("select " + CatalogRows.COLUMNS + " from catalog_object" + where
                + " order by " + page.orderBy(SORTABLE) + ", object_id limit ? offset ?", CatalogRows.ENTRY, pageArgs.toArray());
        return new PageResponse<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null && !(value instanceof String text && text.isEmpty())) {
            where.append(" and ").append(sql);
            args.add(value);
        }
    }
}
