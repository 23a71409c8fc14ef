package io.cloudflux.sync.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.cloudflux.platform.api.ConflictException;
import io.cloudflux.platform.api.FieldProblem;
import io.cloudflux.platform.api.NotFoundException;
import io.cloudflux.platform.api.PageQuery;
import io.cloudflux.platform.api.PageResponse;
import jakarta.validation.constraints.NotBlank;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Drift findings: list and read them; repair, resolve or dismiss one (an OPERATOR's calls, the gateway checks). */
@RestController
@RequestMapping("/internal/v1/drift-findings")
class DriftController {

    private final DriftFindings findings;
    private final Reconciler reconciler;

    DriftController(DriftFindings findings, Reconciler reconciler) {
        this.findings = findings;
        this.reconciler = reconciler;
    }

    @GetMapping
    PageResponse<DriftFinding> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String account,
            @RequestParam(required = false) String bucket, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        List<FieldProblem> problems = new ArrayList<>();
        FindingState s = enumValue("state", state, FindingState.class, problems);
        DriftKind k = enumValue("kind", kind, DriftKind.class, problems);
        PageQuery query = PageQuery.of(page, size, sort, DriftFindings.SORTABLE.keySet(), "detectedAt,desc", problems);
        return findings.search(s, k, account, bucket, objectId, query);
    }

    @GetMapping("/{id}")
    DriftFinding byId(@PathVariable long id) {
        return finding(id);
    }

    @PostMapping("/{id}/repair")
    RepairAnswer repair(@PathVariable long id, @Validated @RequestBody Decision decision) {
        RepairOutcome outcome = reconciler.repair(finding(id), decision.by());
        return new RepairAnswer(outcome.repaired(), outcome.note(), finding(id));
    }

    @PostMapping("/{id}/resolve")
    DriftFinding resolve(@PathVariable long id, @Validated @RequestBody Decision decision) {
        DriftFinding finding = finding(id);
        if (!reconciler.resolve(finding, decision.by(), decision.note())) {
            throw notOpen(finding);
        }
        return finding(id);
    }

    @PostMapping("/{id}/dismiss")
    DriftFinding dismiss(@PathVariable long id, @Validated @RequestBody Decision decision) {
        DriftFinding finding = finding(id);
        if (!reconciler.dismiss(finding, decision.by(), decision.note())) {
            throw notOpen(finding);
        }
        return finding(id);
    }

    private DriftFinding finding(long id) {
        return findings.find(id).orElseThrow(() -> new NotFoundException("no drift finding " + id));
    }

    private static ConflictException notOpen(DriftFinding finding) {
        return new ConflictException("drift finding " + finding.id() + " is " + finding.state() + ", not OPEN",
                Map.of("state", finding.state().name()));
    }

    private static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type,
            List<FieldProblem> problems) {
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

    /**
     * @param by   who decides: the caller the gateway authenticated
     * @param note why, for the record
     */
    record Decision(@NotBlank String by, String note) {
    }

    record RepairAnswer(boolean repaired, String note, DriftFinding finding) {
    }
}
