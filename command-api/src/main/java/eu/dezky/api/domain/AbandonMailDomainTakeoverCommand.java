package eu.dezky.api.domain;

import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the release saga when the domain its holder gave up could not be added to the claimant: the claimant's
 * takeover operation ({@code takeoverOperationId}) ends with {@code reason}. Ignored if the claimant holds the domain
 * after all (the add went through and only its answer was lost).
 */
public record AbandonMailDomainTakeoverCommand(@TargetAggregateIdentifier DomainName domain, TenantId claimant,
                                               String takeoverOperationId, String reason) {
}
