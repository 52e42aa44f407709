package eu.dezky.api.partner;

/** Asks for every partner; answered with a {@link PartnerList}. */
public record FindPartnersQuery() {
}
