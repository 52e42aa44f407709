package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** A lifecycle operation failed; the member's status is unchanged, the steps show what was undone or is left. */
public record MemberOperationFailedEvent(MemberId memberId, TenantId tenantId, String operationId,
                                         MemberOperationKind kind, String reason) implements TenantScoped {
}
