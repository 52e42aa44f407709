package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removing the list from the mail server failed for good; an operator must look (the reason says what). */
public record RecordMailingListRemovalFailedCommand(@TargetAggregateIdentifier MailingListId id, String reason) {
}
