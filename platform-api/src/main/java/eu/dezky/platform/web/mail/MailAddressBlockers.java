package eu.dezky.platform.web.mail;

import eu.dezky.platform.web.domain.MailDomainBlockers;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.mail.FindMailAddressesOnDomainQuery;
import eu.dezky.api.mail.MailAddressesOnDomain;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** The tenant's aliases and lists on a domain, as the mail read models answer them. */
@Component
class MailAddressBlockers implements MailDomainBlockers {

    private final QueryGateway queries;

    MailAddressBlockers(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public List<String> of(TenantId tenant, DomainName domain) {
        return queries.query(new FindMailAddressesOnDomainQuery(tenant, domain),
                ResponseTypes.instanceOf(MailAddressesOnDomain.class)).join().users();
    }
}
