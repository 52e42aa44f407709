package eu.dezky.api.partner;

import eu.dezky.api.common.PartnerId;

/** Asks for one partner with its staff; answered with an optional {@link PartnerView}. */
public record FindPartnerQuery(PartnerId partnerId) {
}
