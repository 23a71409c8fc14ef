package io.cloudflux.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The {@code page}, {@code size} and {@code sort} parameters of a paged list, checked together with the request's
 * other parameters: a bad value is refused with every problem listed, never clamped silently.
 *
 * @param property the property sorted by, one of the list's own
 */
public record PageQuery(int page, int size, String property, boolean ascending) {

    public static final int MAX_SIZE = 500;

    /**
     * @param page     the page number from 0, or null for 0
     * @param size     the page size, or null for 20
     * @param sort     {@code property[,asc|desc]}, or null for {@code fallback}
     * @param sortable the properties this list sorts by
     * @param fallback the property and direction when no sort is given, e.g. {@code createdAt,desc}
     * @param others   problems already found in the request's other parameters, reported together
     * @throws InvalidRequestException listing every problem
     */
    public static PageQuery of(Integer page, Integer size, String sort, Set<String> sortable, String fallback,
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
        if (!sortable.contains(property)) {
            problems.add(new FieldProblem("sort", "cannot sort by '" + property + "'; one of " + new TreeSet<>(sortable)));
        }
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            problems.add(new FieldProblem("sort", "must be 'property' or 'property,asc|desc'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new PageQuery(p, s, property, direction.equals("asc"));
    }

    public static PageQuery of(Integer page, Integer size, String sort, Set<String> sortable, String fallback) {
        return of(page, size, sort, sortable, fallback, List.of());
    }

    /** For Spring Data repositories. */
    public PageRequest pageable() {
        return PageRequest.of(page, size, Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, property));
    }

    /** For SQL: the column the property maps to, and the direction; the mapping holds every sortable property. */
    public String orderBy(Map<String, String> columns) {
        return columns.get(property) + (ascending ? " asc" : " desc");
    }

    public long offset() {
        return (long) page * size;
    }
}
