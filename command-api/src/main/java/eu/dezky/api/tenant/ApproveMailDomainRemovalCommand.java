package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.domain.DomainName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asked before a domain's removal starts: the tenant refuses to lose its primary domain while it has others unless
 * {@code newPrimary} (one of its other domains) is chosen, which then becomes primary.
 */
public record ApproveMailDomainRemovalCommand(@TargetAggregateIdentifier TenantId tenantId, DomainName domain,
                                              DomainName newPrimary) implements TenantScoped {
}
