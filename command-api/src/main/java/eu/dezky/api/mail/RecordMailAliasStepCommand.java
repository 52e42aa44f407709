package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The saga reports the mail-server step of the alias's current operation. */
public record RecordMailAliasStepCommand(@TargetAggregateIdentifier MailAliasId id, MailStep step) {
}
