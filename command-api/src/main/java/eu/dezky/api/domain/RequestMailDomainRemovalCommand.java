package eu.dezky.api.domain;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * A tenant admin removes the domain. {@code blockers} are the engine's own users of the domain (members, aliases,
 * lists) found by the caller in the read models; a non-empty list refuses the removal at once.
 */
public record RequestMailDomainRemovalCommand(@TargetAggregateIdentifier DomainName domain, TenantId tenantId,
                                              List<String> blockers, String operationId) implements OperationScoped {
}
