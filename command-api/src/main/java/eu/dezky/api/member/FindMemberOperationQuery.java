package eu.dezky.api.member;

import eu.dezky.api.tenant.TenantId;

/** One lifecycle operation of the tenant's members, answered with an optional {@link MemberOperationView}. */
public record FindMemberOperationQuery(TenantId tenantId, String operationId) {
}
