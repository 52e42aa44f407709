package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removing the alias from the mail server failed for good; an operator must look (the reason says what). */
public record RecordMailAliasRemovalFailedCommand(@TargetAggregateIdentifier MailAliasId id, String reason) {
}
