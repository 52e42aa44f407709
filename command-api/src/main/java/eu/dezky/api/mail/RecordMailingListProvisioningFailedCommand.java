package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The current operation (creation or change) failed for good and was undone; {@code leftover}: undoing failed too,
 * an operator must clean up what the reason names.
 */
public record RecordMailingListProvisioningFailedCommand(@TargetAggregateIdentifier MailingListId id, String reason,
                                                         boolean leftover) {
}
