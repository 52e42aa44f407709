package eu.dezky.api.partner;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.PartnerId;

/** {@code subject} is staff of the partner with this e-mail and role (replacing an earlier entry of theirs). */
public record PartnerStaffAddedEvent(PartnerId partnerId, StaffSubject subject, EmailAddress email, StaffRole role) {
}
