package eu.dezky.api.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * The member's removal finished: their accounts are torn down (or kept because {@code mailboxKept}: the same person's
 * membership in another tenant still uses the mailbox) and the member record is closed. Whatever pointed at the
 * member (mail aliases) reacts to this event.
 */
public record MemberRemovedEvent(MemberId memberId, TenantId tenantId, MailAddress mailbox, boolean mailboxKept, String operationId)
        implements TenantScoped {
}
