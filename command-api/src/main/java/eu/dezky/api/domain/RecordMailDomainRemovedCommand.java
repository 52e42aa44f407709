package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reported by the removal saga: the domain and its DKIM keys are gone from the mail server. */
public record RecordMailDomainRemovedCommand(@TargetAggregateIdentifier DomainName domain) {
}
