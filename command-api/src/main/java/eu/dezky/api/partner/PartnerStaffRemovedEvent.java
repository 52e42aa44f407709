package eu.dezky.api.partner;

import eu.dezky.api.common.PartnerId;

/** {@code subject} is no longer staff of the partner. */
public record PartnerStaffRemovedEvent(PartnerId partnerId, StaffSubject subject) {
}
