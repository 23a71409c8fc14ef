package io.cloudflux.gateway.apikey;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import io.cloudflux.platform.api.PageQuery;
import io.cloudflux.platform.api.PageResponse;
import io.cloudflux.gateway.security.CallerAuthentication;
import io.cloudflux.gateway.security.RequiresRole;
import io.cloudflux.gateway.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API keys, managed by ADMIN: created (the key shown once), listed, revoked. */
@RestController
@RequestMapping("/api/v1/keys")
@RequiresRole(Role.ADMIN)
class ApiKeyController {

    private static final Set<String> SORTABLE = Set.of("name", "role", "createdAt", "lastUsedAt", "revokedAt");

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(summary = "List API keys (never the keys themselves)")
    PageResponse<ApiKeyView> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        PageQuery query = PageQuery.of(page, size, sort, SORTABLE, "createdAt,desc");
        return PageResponse.of(keys.list(query), ApiKeyView::of);
    }

    @PostMapping
    @Operation(summary = "Create an API key; the answer holds the key, shown this once")
    ResponseEntity<CreatedApiKey> create(@Valid @RequestBody NewApiKey request, CallerAuthentication caller) {
        CreatedApiKey created = keys.create(request.name().trim(), Role.valueOf(request.role()),
                caller.caller().name());
        return ResponseEntity.created(URI.create("/api/v1/keys/" + created.id())).body(created);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API key; it stops working at once on this gateway, within the key cache's TTL on others")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        keys.revoke(id);
        return ResponseEntity.noContent().build();
    }

    record NewApiKey(@NotBlank @Size(max = 100) String name,
            @NotNull @Pattern(regexp = "VIEWER|OPERATOR|ADMIN", message = "must be VIEWER, OPERATOR or ADMIN")
            String role) {
    }
}
