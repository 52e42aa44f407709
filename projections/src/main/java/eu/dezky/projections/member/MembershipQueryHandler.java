package eu.dezky.projections.member;

import eu.dezky.api.member.FindMembershipsQuery;
import eu.dezky.api.member.MemberList;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the memberships, across tenants, that may belong to a caller: by recorded SSO subject or by mailbox (stored
 * lower-cased). A full scan of {@code members} on the embedded server; indexed lookups on a real MongoDB.
 */
@Component
public class MembershipQueryHandler {

    private final MongoTemplate mongo;

    public MembershipQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    MemberList handle(FindMembershipsQuery query) {
        List<Criteria> any = new ArrayList<>();
        any.add(Criteria.where("ssoSubject").is(query.subject()));
        if (query.email() != null) {
            any.add(Criteria.where("mailbox").is(query.email().trim().toLowerCase(Locale.ROOT)));
        }
        return new MemberList(mongo.find(Query.query(new Criteria().orOperator(any)), MemberDocument.class).stream()
                .map(MemberDocument::toView).toList());
    }
}
