package eu.dezky.api.partner;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.PartnerId;

/** A reseller was registered by an operator. */
public record PartnerCreatedEvent(PartnerId partnerId, String name, EmailAddress billingEmail) {
}
