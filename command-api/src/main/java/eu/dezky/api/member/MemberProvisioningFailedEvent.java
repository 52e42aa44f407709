package eu.dezky.api.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** Onboarding failed; completed steps were undone (or are parked as needs-attention in the steps). */
public record MemberProvisioningFailedEvent(MemberId memberId, TenantId tenantId, MailAddress mailbox, String reason, String operationId)
        implements TenantScoped {
}
