package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mail server no longer has the list. */
public record RecordMailingListRemovedCommand(@TargetAggregateIdentifier MailingListId id) {
}
