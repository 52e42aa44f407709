package eu.dezky.api.member;

import eu.dezky.api.common.PageRequest;
import eu.dezky.api.tenant.TenantId;

/** A page of the tenant's members, answered with a {@link MemberPage}; removed ones only when asked for. */
public record FindMemberPageQuery(TenantId tenantId, PageRequest page, boolean includeRemoved) {
}
