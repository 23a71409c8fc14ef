package io.cloudflux.storage;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param objects       in the provider's order (lexicographic by key)
 * @param nextPageToken where the next page starts, or {@code null} on the last page
 */
public record ListPage(List<ObjectInfo> objects, String nextPageToken) {

    public ListPage {
        objects = List.copyOf(objects);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextPageToken);
    }
}
