package eu.dezky.api.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** A member was created and their onboarding starts; {@code secretRef} is a vault reference, not a secret. */
public record MemberCreatedEvent(MemberId memberId, TenantId tenantId, String displayName, Username username,
                                 MemberRole role, MailAddress mailbox, String secretRef, String operationId) implements TenantScoped {
}
