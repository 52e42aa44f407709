package eu.dezky.api.partner;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a reseller; the id is chosen by the engine, the name is what the partner's customers and staff see. */
public record CreatePartnerCommand(@TargetAggregateIdentifier PartnerId partnerId, String name,
                                   EmailAddress billingEmail) {

    public CreatePartnerCommand {
        InvalidValueException.require(partnerId != null, "partnerId", "partner id is required");
        InvalidValueException.require(name != null && !name.isBlank() && name.strip().length() <= 100
                        && name.chars().noneMatch(Character::isISOControl),
                "name", "name is required (at most 100 characters, no control characters)");
        InvalidValueException.require(billingEmail != null, "billingEmail", "billingEmail is required");
        name = name.strip();
    }
}
