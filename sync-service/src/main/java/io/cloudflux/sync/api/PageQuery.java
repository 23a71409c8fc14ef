package io.cloudflux.sync.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code page}, {@code size} and {@code sort} parameters of a paged list, checked together: a bad value is refused
 * with every problem listed, never clamped silently.
 *
 * @param orderBy the SQL ordering the sort property maps to, with its direction
 */
public record PageQuery(int page, int size, String orderBy) {

    public static final int MAX_SIZE = 500;

    /**
     * @param sort     {@code property[,asc|desc]}, or null for {@code fallback}
     * @param sortable each property this list sorts by, mapped to its column
     * @param fallback the property and direction when no sort is given, e.g. {@code key,asc}
     * @param others   problems already found in the request's other parameters, reported together
     * @throws InvalidRequestException listing every problem
     */
    public static PageQuery of(Integer page, Integer size, String sort, Map<String, String> sortable, String fallback,
            List<FieldProblem> others) {
        List<FieldProblem> problems = new ArrayList<>(others);
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        }
        String[] parts = (sort == null || sort.isBlank() ? fallback : sort).split(",", -1);
        String property = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (!sortable.containsKey(property)) {
            problems.add(new FieldProblem("sort", "cannot sort by '" + property + "'; one of "
                    + new TreeSet<>(sortable.keySet())));
        }
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            problems.add(new FieldProblem("sort", "must be 'property' or 'property,asc|desc'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new PageQuery(p, s, sortable.get(property) + " " + direction);
    }

    public long offset() {
        return (long) page * size;
    }
}
