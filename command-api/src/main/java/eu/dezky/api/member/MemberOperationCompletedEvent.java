package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** A lifecycle operation finished; after a suspend the member is SUSPENDED, after a resume ACTIVE again. */
public record MemberOperationCompletedEvent(MemberId memberId, TenantId tenantId, String operationId,
                                            MemberOperationKind kind) implements TenantScoped {
}
