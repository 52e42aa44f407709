package eu.dezky.api.member;

import eu.dezky.api.tenant.TenantId;

/** The tenant's members, answered with a {@link MemberList}. */
public record FindMembersQuery(TenantId tenantId) {
}
