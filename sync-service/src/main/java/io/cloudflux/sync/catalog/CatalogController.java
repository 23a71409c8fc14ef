package io.cloudflux.sync.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.cloudflux.events.Checksums;
import io.cloudflux.events.Location;
import io.cloudflux.events.Provider;
import io.cloudflux.platform.api.ConflictException;
import io.cloudflux.platform.api.FieldProblem;
import io.cloudflux.platform.api.InvalidRequestException;
import io.cloudflux.platform.api.NotFoundException;
import io.cloudflux.platform.api.PageQuery;
import io.cloudflux.platform.api.PageResponse;
import io.cloudflux.sync.clouds.CloudAccounts;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's internal API: look objects up, list them, and switch one's location (for the migration service). */
@RestController
@RequestMapping("/internal/v1/objects")
class CatalogController {

    private final CatalogStore store;
    private final CatalogSearch search;
    private final LocationSwitcher switcher;
    private final CloudAccounts accounts;
    private final Clock clock;

    CatalogController(CatalogStore store, CatalogSearch search, LocationSwitcher switcher, CloudAccounts accounts,
            Clock clock) {
        this.store = store;
        this.search = search;
        this.switcher = switcher;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/{objectId}")
    ObjectView byId(@PathVariable String objectId) {
        return store.find(objectId).map(entry -> ObjectView.of(entry, store.history(objectId)))
                .orElseThrow(() -> new NotFoundException("no object " + objectId));
    }

    /** With {@code location}, the object at that location (or 404); otherwise a filtered page of objects. */
    @GetMapping
    Object list(@RequestParam(required = false) String location, @RequestParam(required = false) String provider,
            @RequestParam(required = false) String account, @RequestParam(required = false) String bucket,
            @RequestParam(required = false) String prefix, @RequestParam(required = false) String storageClass,
            @RequestParam(required = false) String state, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        List<FieldProblem> problems = new ArrayList<>();
        if (location != null) {
            Location at = parse("location", location, problems);
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return store.findByLocation(at).map(entry -> ObjectView.of(entry, store.history(entry.objectId())))
                    .orElseThrow(() -> new NotFoundException("no object at " + at));
        }
        Provider p = enumValue("provider", provider, Provider.class, problems);
        ObjectState s = enumValue("state", state, ObjectState.class, problems);
        PageQuery query = PageQuery.of(page, size, sort, CatalogSearch.SORTABLE.keySet(), "key,asc", problems);
        PageResponse<CatalogEntry> found = search.search(new CatalogFilter(p, account, bucket, prefix, storageClass, s),
                query);
        return new PageResponse<>(found.items().stream().map(e -> ObjectView.of(e, null)).toList(), found.page(),
                found.size(), found.total());
    }

    @PostMapping("/{objectId}/location")
    ObjectView switchLocation(@PathVariable String objectId, @Valid @RequestBody SwitchRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Location expected = parse("expected", request.expected(), problems);
        Location target = parse("target", request.target(), problems);
        String account = request.account();
        if (account == null && target != null) {
            account = accounts.accountOf(target).map(a -> a.name()).orElse(null);
            if (account == null) {
                problems.add(new FieldProblem("account", "no configured account holds " + target + "; name it"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LocationSwitch change = new LocationSwitch(objectId, expected, target, account, request.sizeBytes(),
                request.storageClass(), request.etag(), request.version(),
                request.checksums() == null ? Checksums.NONE : request.checksums(),
                request.lastModified() == null ? clock.instant() : request.lastModified(),
                request.reason() == null ? "MIGRATED" : request.reason(), request.actor());
        SwitchOutcome outcome;
        try {
            outcome = switcher.switchLocation(change);
        }
        catch (DuplicateKeyException e) {
            throw new ConflictException("another object took " + target + " meanwhile",
                    Map.of("target", target.toString()));
        }
        if (outcome instanceof SwitchOutcome.Switched switched) {
            return ObjectView.of(switched.entry(), store.history(objectId));
        }
        if (outcome instanceof SwitchOutcome.NotAtExpected moved) {
            throw new ConflictException("object " + objectId + " is not at " + expected + " any more",
                    Map.of("currentLocation", moved.current().location().toString()));
        }
        if (outcome instanceof SwitchOutcome.TargetTaken taken) {
            throw new ConflictException(target + " belongs to another object",
                    Map.of("otherObjectId", taken.otherObjectId()));
        }
        throw new NotFoundException("no object " + objectId);
    }

    private static Location parse(String field, String uri, List<FieldProblem> problems) {
        try {
            return Location.parse(uri);
        }
        catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
