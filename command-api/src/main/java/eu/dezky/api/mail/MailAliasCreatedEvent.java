package eu.dezky.api.mail;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.tenant.TenantId;

/** The alias exists and is being provisioned in the mail server on the member's account. */
public record MailAliasCreatedEvent(MailAliasId id, TenantId tenantId, MemberId memberId, MailAddress mailbox, String operationId)
        implements TenantScoped {
}
