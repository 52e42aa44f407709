package eu.dezky.api.partner;

import eu.dezky.api.common.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes {@code subject} off the partner's staff list; their partner tokens reach nothing from then on. */
public record RemovePartnerStaffCommand(@TargetAggregateIdentifier PartnerId partnerId, StaffSubject subject) {
}
