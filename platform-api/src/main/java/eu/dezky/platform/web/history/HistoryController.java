package eu.dezky.platform.web.history;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.history.TenantHistory;
import eu.dezky.platform.web.http.InstantParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * {@code GET /api/tenants/{slug}/history?at=<ISO instant>}: the tenant as it was then (members with status and
 * accounts, domains with status, aliases, lists). Gated like every tenant route; a missing or malformed {@code at}
 * is a 400 naming {@code at}; a tenant that did not exist yet at {@code at} is a 404.
 */
@RestController
class HistoryController {

    private final TenantHistory history;

    HistoryController(TenantHistory history) {
        this.history = history;
    }

    @GetMapping("/api/tenants/{slug}/history")
    HistoryResponse at(@PathVariable String slug, @RequestParam(required = false) String at) {
        TenantId tenant;
        try {
            tenant = new TenantId(slug);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("slug", e.getMessage());
        }
        Instant instant = instant(at);
        return history.at(tenant, instant).map(HistoryResponse::of)
                .orElseThrow(() -> new RuleViolationException("tenant-not-found",
                        "tenant '" + slug + "' did not exist at " + instant));
    }

    private static Instant instant(String raw) {
        Instant instant = InstantParameter.parse("at", raw);
        InvalidValueException.require(instant != null, "at",
                "at is required: an ISO-8601 instant such as 2026-03-01T10:00:00Z");
        return instant;
    }
}
