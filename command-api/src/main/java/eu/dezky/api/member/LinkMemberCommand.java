package eu.dezky.api.member;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a person who already is an active member of {@code sharedWith} to {@code tenantId} as well: the new
 * membership shares their SSO identity, mailbox and file account (it joined the address claim before). No password
 * is involved: the person keeps theirs.
 */
public record LinkMemberCommand(@TargetAggregateIdentifier MemberId memberId, TenantId tenantId, String displayName,
                                Username username, MemberRole role, MailAddress mailbox, TenantId sharedWith, String operationId)
        implements TenantScoped, OperationScoped {
}
