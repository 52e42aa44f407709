package eu.dezky.platform.web.operator;

import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.tenant.FindTenantDirectoryQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.web.partner.TenantSummaries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tenants}: every tenant, for operators, ordered by slug and paged by cursor (the last slug of the
 * previous page, as {@code nextCursor} gave it); filters by serving partner and status.
 */
@RestController
@Tag(name = "operator")
class TenantListController {

    private static final int DEFAULT_LIMIT = 50;

    private final TenantSummaries summaries;

    TenantListController(TenantSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/tenants")
    TenantSummaries.Page list(@RequestParam(required = false) String partner,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        PartnerId partnerId = blank(partner) ? null : Fields.parse("partner", partner, () -> new PartnerId(partner));
        TenantStatus statusFilter = blank(status) ? null : TenantStatus.parse(status);
        String after = blank(cursor) ? null : Fields.parse("cursor", cursor, () -> new TenantId(cursor)).slug();
        return summaries.page(new FindTenantDirectoryQuery(partnerId, statusFilter, null, after,
                limit == null ? DEFAULT_LIMIT : limit));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
