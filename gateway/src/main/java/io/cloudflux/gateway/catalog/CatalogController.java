package io.cloudflux.gateway.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudflux.gateway.security.CallerAuthentication;
import io.cloudflux.gateway.security.RequiresRole;
import io.cloudflux.gateway.security.Role;
import io.cloudflux.gateway.services.ServiceClient;
import io.cloudflux.gateway.services.ServiceClients;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog, its scans and its drift findings, as the sync-service keeps them: the gateway checks the role, passes
 * on only the parameters each list knows, and names the caller as the one who decides; the service validates and
 * answers, its problems going back unchanged.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CatalogController {

    static final String SYNC = "sync-service";
    private static final List<String> OBJECT_FILTERS = List.of("location", "provider", "account", "bucket", "prefix",
            "storageClass", "state", "page", "size", "sort");
    private static final List<String> FINDING_FILTERS = List.of("state", "kind", "account", "bucket", "objectId",
            "page", "size", "sort");

    private final ServiceClients services;

    CatalogController(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/objects")
    @RequiresRole(Role.VIEWER)
    @Operation(summary = "Objects of the catalog, filtered and paged; with 'location', the one object there")
    ResponseEntity<String> objects(@RequestParam Map<String, String> query) {
        return relay(sync().getJson(withQuery("/internal/v1/objects", OBJECT_FILTERS, query), query));
    }

    @GetMapping("/objects/{objectId}")
    @RequiresRole(Role.VIEWER)
    @Operation(summary = "One object: where it is, its size, class, checksums and location history")
    ResponseEntity<String> object(@PathVariable String objectId) {
        return relay(sync().getJson("/internal/v1/objects/{id}", Map.of("id", objectId)));
    }

    @GetMapping("/drift-findings")
    @RequiresRole(Role.VIEWER)
    @Operation(summary = "Drift findings, filtered and paged")
    ResponseEntity<String> findings(@RequestParam Map<String, String> query) {
        return relay(sync().getJson(withQuery("/internal/v1/drift-findings", FINDING_FILTERS, query), query));
    }

    @GetMapping("/drift-findings/{id}")
    @RequiresRole(Role.VIEWER)
    ResponseEntity<String> finding(@PathVariable long id) {
        return relay(sync().getJson("/internal/v1/drift-findings/{id}", Map.of("id", id)));
    }

    @PostMapping("/drift-findings/{id}/repair")
    @RequiresRole(Role.OPERATOR)
    @Operation(summary = "Run a finding's safe repair (nothing is deleted unless a verified copy is where the catalog points)")
    ResponseEntity<String> repair(@PathVariable long id, @Validated @RequestBody(required = false) Decision decision,
            CallerAuthentication caller) {
        return decide(id, "repair", decision, caller);
    }

    @PostMapping("/drift-findings/{id}/resolve")
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<String> resolve(@PathVariable long id, @Validated @RequestBody(required = false) Decision decision,
            CallerAuthentication caller) {
        return decide(id, "resolve", decision, caller);
    }

    @PostMapping("/drift-findings/{id}/dismiss")
    @RequiresRole(Role.OPERATOR)
    ResponseEntity<String> dismiss(@PathVariable long id, @Validated @RequestBody(required = false) Decision decision,
            CallerAuthentication caller) {
        return decide(id, "dismiss", decision, caller);
    }

    @GetMapping("/scans")
    @RequiresRole(Role.VIEWER)
    @Operation(summary = "Each configured bucket prefix with its latest and last completed scan")
    ResponseEntity<String> scans() {
        return relay(sync().getJson("/internal/v1/scans", Map.of()));
    }

    @PostMapping("/scans")
    @RequiresRole(Role.OPERATOR)
    @Operation(summary = "Start (or resume) a scan of a bucket, or of one prefix: FULL (sweeps), INCREMENTAL, REPORT")
    ResponseEntity<String> scan(@RequestBody Map<String, Object> request) {
        return relay(sync().postJson("/internal/v1/scans", Map.of(), request));
    }

    @GetMapping("/clouds")
    @RequiresRole(Role.VIEWER)
    @Operation(summary = "Each account and bucket: reachability, latency, objects, bytes, scans, error rate, open findings")
    ResponseEntity<String> clouds() {
        return relay(sync().getJson("/internal/v1/clouds", Map.of()));
    }

    private ResponseEntity<String> decide(long id, String action, Decision decision, CallerAuthentication caller) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("by", caller.caller().name());
        body.put("note", decision == null ? null : decision.note());
        return relay(sync().postJson("/internal/v1/drift-findings/{id}/" + action, Map.of("id", id), body));
    }

    private ServiceClient sync() {
        return services.of(SYNC);
    }

    /** The path with a template variable for each known parameter present; unknown parameters are not passed on. */
    static String withQuery(String path, List<String> known, Map<String, String> query) {
        StringBuilder template = new StringBuilder(path);
        char separator = '?';
        for (String name : known) {
            if (query.containsKey(name)) {
                template.append(separator).append(name).append("={").append(name).append('}');
                separator = '&';
            }
        }
        return template.toString();
    }

    private static ResponseEntity<String> relay(ResponseEntity<String> answer) {
        return ResponseEntity.status(answer.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
                .body(answer.getBody());
    }

    /** @param note why, for the record; who decides is the authenticated caller */
    record Decision(@Size(max = 2000) String note) {
    }
}
