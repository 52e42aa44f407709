package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Reported by the removal saga: the mail server still has objects on the domain; nothing was changed. */
public record RecordMailDomainRemovalRefusedCommand(@TargetAggregateIdentifier DomainName domain, List<String> blockers) {
}
