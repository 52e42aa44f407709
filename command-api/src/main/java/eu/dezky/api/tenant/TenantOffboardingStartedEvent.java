package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;

import java.util.List;

/**
 * The tenant's offboarding started (or a retry of one that stopped): its mailing lists, aliases, members and
 * domains, by address, mailbox and name, are removed in that order. The tenant keeps its slug for good.
 */
public record TenantOffboardingStartedEvent(TenantId tenantId, String operationId, List<String> lists,
                                            List<String> aliases, List<TenantMember> members, List<String> domains)
        implements TenantScoped, OperationScoped {
}
