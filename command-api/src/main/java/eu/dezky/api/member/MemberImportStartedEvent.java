package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

import java.util.List;

/** A member import started with these rows; each row to create becomes a member with its own onboarding. */
public record MemberImportStartedEvent(String operationId, TenantId tenantId, List<MemberImportRow> rows)
        implements TenantScoped {
}
