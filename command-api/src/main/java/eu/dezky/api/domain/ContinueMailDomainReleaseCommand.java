package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reported by the release saga once the domain's mailboxes, aliases and lists are gone: the domain's removal starts. */
public record ContinueMailDomainReleaseCommand(@TargetAggregateIdentifier DomainName domain) {
}
