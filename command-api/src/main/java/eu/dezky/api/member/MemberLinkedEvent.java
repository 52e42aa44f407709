package eu.dezky.api.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * A membership was created for a person who already has accounts through their membership in {@code sharedWith}; the
 * linking saga adds them to this tenant's SSO group and records the shared accounts. Status PROVISIONING until then.
 */
public record MemberLinkedEvent(MemberId memberId, TenantId tenantId, String displayName, Username username,
                                MemberRole role, MailAddress mailbox, TenantId sharedWith, String operationId) implements TenantScoped {
}
