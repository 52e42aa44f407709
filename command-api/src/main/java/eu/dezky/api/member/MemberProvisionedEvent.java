package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The member is active: every enabled system has them. */
public record MemberProvisionedEvent(MemberId memberId, TenantId tenantId, String operationId) implements TenantScoped {
}
