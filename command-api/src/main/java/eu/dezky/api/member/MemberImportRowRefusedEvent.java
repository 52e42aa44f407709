package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** A row of the import was refused after the import started; its member was never created. */
public record MemberImportRowRefusedEvent(String operationId, TenantId tenantId, int row, MemberId memberId,
                                          String reason) implements TenantScoped {
}
