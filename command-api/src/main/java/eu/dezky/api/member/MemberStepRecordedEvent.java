package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** One system's step changed; {@code externalId} is the object's id in that system once it exists. */
public record MemberStepRecordedEvent(MemberId memberId, TenantId tenantId, StepStatus step, String externalId, String operationId)
        implements TenantScoped {
}
