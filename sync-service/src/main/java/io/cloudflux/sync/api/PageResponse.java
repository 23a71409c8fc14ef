package io.cloudflux.sync.api;

import java.util.List;

/** Every paged list of the internal API: {@code {"items":[…],"page":N,"size":N,"total":N}}, pages counted from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public PageResponse {
        items = List.copyOf(items);
    }
}
