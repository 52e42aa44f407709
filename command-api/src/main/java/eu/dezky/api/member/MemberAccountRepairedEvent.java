package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The member's account in {@code system} was re-created by a repair; later operations use {@code externalId}. */
public record MemberAccountRepairedEvent(MemberId memberId, TenantId tenantId, MemberSystem system, String externalId,
                                         String ssoSubject, String operationId) implements TenantScoped {
}
