package eu.dezky.api.partner;

import java.util.List;

/** Every partner, ordered by name. */
public record PartnerList(List<PartnerView> partners) {

    public PartnerList {
        partners = List.copyOf(partners);
    }
}
