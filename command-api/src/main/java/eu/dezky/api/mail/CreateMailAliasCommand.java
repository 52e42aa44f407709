package eu.dezky.api.mail;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an alias delivering to the member's {@code mailbox}; sent once the address has been claimed. */
public record CreateMailAliasCommand(@TargetAggregateIdentifier MailAliasId id, TenantId tenantId, MemberId memberId,
                                     MailAddress mailbox, String operationId) implements TenantScoped, OperationScoped {
}
