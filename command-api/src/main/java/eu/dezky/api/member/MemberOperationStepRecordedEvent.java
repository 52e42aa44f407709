package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** One system's step of a lifecycle operation changed. */
public record MemberOperationStepRecordedEvent(MemberId memberId, TenantId tenantId, String operationId,
                                               MemberOperationKind kind, StepStatus step) implements TenantScoped {
}
