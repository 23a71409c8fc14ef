package io.cloudflux.platform.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** Every paged list of the API: {@code {"items":[…],"page":N,"size":N,"total":N}}, pages counted from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public PageResponse {
        items = List.copyOf(items);
    }

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> view) {
        return new PageResponse<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
