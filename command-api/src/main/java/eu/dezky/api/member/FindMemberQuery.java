package eu.dezky.api.member;

import eu.dezky.api.tenant.TenantId;

/** One of the tenant's members, answered with an optional {@link MemberView}; another tenant's is absent. */
public record FindMemberQuery(TenantId tenantId, MemberId memberId) {
}
