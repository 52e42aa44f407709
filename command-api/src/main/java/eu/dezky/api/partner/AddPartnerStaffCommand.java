package eu.dezky.api.partner;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes the SSO user {@code subject} staff of the partner with {@code role}; for someone already on the staff list it
 * changes their e-mail and role.
 */
public record AddPartnerStaffCommand(@TargetAggregateIdentifier PartnerId partnerId, StaffSubject subject,
                                     EmailAddress email, StaffRole role) {

    public AddPartnerStaffCommand {
        InvalidValueException.require(subject != null, "subject", "subject is required");
        InvalidValueException.require(email != null, "email", "email is required");
        InvalidValueException.require(role != null, "role", "role must be admin or member");
    }
}
