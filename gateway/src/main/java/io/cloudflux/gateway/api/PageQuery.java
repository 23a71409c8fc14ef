package io.cloudflux.gateway.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The {@code page}, {@code size} and {@code sort} parameters of a paged list, checked together: a bad value is refused
 * with every problem listed, never clamped silently.
 *
 * @param sort a property and a direction, e.g. {@code createdAt,desc}; properties outside the list's own are refused
 */
public record PageQuery(int page, int size, Sort sort) {

    public static final int MAX_SIZE = 500;

    /**
     * @param page the page number from 0, or null for 0
     * @param size the page size, or null for 20
     * @param sort {@code property[,asc|desc]}, or null for {@code fallback}
     * @param sortable the properties this list sorts by
     * @throws InvalidRequestException listing every problem
     */
    public static PageQuery of(Integer page, Integer size, String sort, Set<String> sortable, Sort fallback) {
        List<FieldProblem> problems = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        }
        Sort order = fallback;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            String property = parts[0].trim();
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (!sortable.contains(property)) {
                problems.add(new FieldProblem("sort", "cannot sort by '" + property + "'; one of "
                        + new TreeSet<>(sortable)));
            }
            if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                problems.add(new FieldProblem("sort", "must be 'property' or 'property,asc|desc'"));
            }
            order = Sort.by(direction.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC, property);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new PageQuery(p, s, order);
    }

    public PageRequest pageable() {
        return PageRequest.of(page, size, sort);
    }
}
