package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mail server no longer has the alias. */
public record RecordMailAliasRemovedCommand(@TargetAggregateIdentifier MailAliasId id) {
}
