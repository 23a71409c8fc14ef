package io.cloudflux.tiering.catalog;

import java.util.List;

/** A catalog that cannot be used, with every problem found (not just the first). */
public final class InvalidCatalogException extends RuntimeException {
    private final List<String> problems;

    public InvalidCatalogException(List<String> problems) {
        super("invalid price catalog (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
