package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.tenant.TenantId;

/** The alias is being removed from the member's account in the mail server; {@code reason} as in the command. */
public record MailAliasRemovalRequestedEvent(MailAliasId id, TenantId tenantId, MemberId memberId,
                                             MailAddress mailbox, String reason, String operationId) implements TenantScoped {
}
