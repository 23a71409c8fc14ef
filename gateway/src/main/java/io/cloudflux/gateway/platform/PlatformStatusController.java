package io.cloudflux.gateway.platform;

import io.cloudflux.gateway.security.RequiresRole;
import io.cloudflux.gateway.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform's health at a glance, for the dashboard and for operators. */
@RestController
@RequestMapping("/api/v1/platform")
class PlatformStatusController {

    private final PlatformStatusService status;

    PlatformStatusController(PlatformStatusService status) {
        this.status = status;
    }

    @GetMapping("/status")
    @RequiresRole(Role.VIEWER)
    PlatformStatus status() {
        return status.check();
    }
}
