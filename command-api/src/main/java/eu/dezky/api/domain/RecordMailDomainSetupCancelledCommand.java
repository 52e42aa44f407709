package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reported by the set-up saga once a removal cancelled it and its work is undone; {@code leftoverStalwartDomainId}
 * is the registration it could not remove again (null: none).
 */
public record RecordMailDomainSetupCancelledCommand(@TargetAggregateIdentifier DomainName domain,
                                                    String leftoverStalwartDomainId) {
}
