package eu.dezky.platform.security;

import eu.dezky.api.partner.FindPartnerQuery;
import eu.dezky.api.partner.PartnerStaff;
import eu.dezky.api.partner.PartnerView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether a partner-audience caller is staff of the partner their token names, read from the partners read model on
 * every request (no cache), so taking someone off the staff list revokes their access as soon as the list shows it.
 * A partner claim alone is not enough: the SSO may put any partner id into a token, the staff list is ours.
 */
@Component
public class PartnerStaffCheck {

    private final QueryGateway queries;

    public PartnerStaffCheck(QueryGateway queries) {
        this.queries = queries;
    }

    /** The caller's partner, when the caller is a partner-audience caller and currently staff of it. */
    public Optional<PartnerView> partnerOf(Caller caller) {
        if (!caller.isPartner()) {
            return Optional.empty();
        }
        return queries.query(new FindPartnerQuery(caller.partnerId()), ResponseTypes.optionalInstanceOf(PartnerView.class))
                .join()
                .filter(partner -> partner.staffMember(caller.subject()).isPresent());
    }

    /** The caller's staff entry in their partner, under the same conditions as {@link #partnerOf}. */
    public Optional<PartnerStaff> staffEntry(Caller caller) {
        return partnerOf(caller).flatMap(partner -> partner.staffMember(caller.subject()));
    }
}
