package eu.dezky.api.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

import java.util.Map;

/**
 * A member's details changed and the {@link MemberOperationKind#UPDATE} operation {@code operationId} starts.
 * {@code displayName} and {@code role} are the new values, null when unchanged; {@code accounts} are the member's
 * external ids per system (where the new name goes). The role maps to no attribute in any system.
 */
public record MemberDetailsChangedEvent(MemberId memberId, TenantId tenantId, String operationId, String displayName,
                                        MemberRole role, MailAddress mailbox, Map<MemberSystem, String> accounts)
        implements TenantScoped {

    public MemberDetailsChangedEvent {
        accounts = Map.copyOf(accounts);
    }
}
