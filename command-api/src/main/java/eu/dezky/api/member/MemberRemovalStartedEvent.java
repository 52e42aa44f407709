package eu.dezky.api.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * The member's removal started (status REMOVING). Carries the ids of the member's objects in each system as the
 * onboarding recorded them (null where none exists, e.g. compensated or switched off) and whether the member still
 * holds their address claim ({@code false} only for a failed onboarding that already released it: nothing to do).
 */
public record MemberRemovalStartedEvent(MemberId memberId, TenantId tenantId, MailAddress mailbox, String ssoId,
                                        String mailboxId, String filesId, boolean holdsAddress, String operationId)
        implements TenantScoped {
}
