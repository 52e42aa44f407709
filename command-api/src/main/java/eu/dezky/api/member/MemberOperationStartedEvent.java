package eu.dezky.api.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

import java.util.Map;

/**
 * A lifecycle operation started. {@code accounts} are the member's external ids per system as onboarding recorded
 * them (a system missing there has no account); {@code secretRef} is a vault reference, not a secret.
 */
public record MemberOperationStartedEvent(MemberId memberId, TenantId tenantId, String operationId,
                                          MemberOperationKind kind, MailAddress mailbox,
                                          Map<MemberSystem, String> accounts, String secretRef)
        implements TenantScoped {

    public MemberOperationStartedEvent {
        accounts = Map.copyOf(accounts);
    }
}
