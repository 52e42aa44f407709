package eu.dezky.api.member;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a member whose address was claimed before. {@code secretRef} names the vault entry holding the one-time
 * password; the password itself never enters a message.
 */
public record CreateMemberCommand(@TargetAggregateIdentifier MemberId memberId, TenantId tenantId, String displayName,
                                  Username username, MemberRole role, MailAddress mailbox, String secretRef, String operationId)
        implements TenantScoped, OperationScoped {
}
