package eu.dezky.projections.mail;

import eu.dezky.api.mail.FindMailAddressesOnDomainQuery;
import eu.dezky.api.mail.MailAddressesOnDomain;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the tenant's aliases and lists still use a domain (anything not failed or removed). The tenant's documents
 * are read and filtered here by domain, since the embedded Mongo server only indexes exact matches on unique keys.
 */
@Component
public class MailDomainUsers {

    private final MongoTemplate mongo;

    public MailDomainUsers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    MailAddressesOnDomain handle(FindMailAddressesOnDomainQuery query) {
        String suffix = "@" + query.domain().value();
        Query ofTenant = Query.query(Criteria.where("tenant").is(query.tenantId().slug()));
        List<String> users = new ArrayList<>();
        List<String> aliases = mongo.find(ofTenant, MailAliasDocument.class).stream()
                .filter(a -> a.status().inUse() && a.address().endsWith(suffix))
                .map(MailAliasDocument::address).toList();
        List<String> lists = mongo.find(ofTenant, MailingListDocument.class).stream()
                .filter(l -> l.status().inUse() && l.address().endsWith(suffix))
                .map(MailingListDocument::address).toList();
        aliases.forEach(a -> users.add("alias " + a));
        lists.forEach(l -> users.add("list " + l));
        return new MailAddressesOnDomain(users, aliases, lists);
    }
}
