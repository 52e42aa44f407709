package eu.dezky.projections.member;

import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberSsoSubjectRecordedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static eu.dezky.projections.member.MemberProjectionTest.ACME;
import static eu.dezky.projections.member.MemberProjectionTest.CREATED;
import static eu.dezky.projections.member.MemberProjectionTest.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The members read model shows the SSO subject recorded at onboarding, and keeps it through later events. */
class MemberSsoSubjectProjectionTest {

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MemberProjection projection;

    @BeforeEach
    void start() {
        projection = new MemberProjection(mongo.template(), mock(QueryUpdateEmitter.class));
    }

    @Test
    void theSubjectIsUnknownUntilRecordedThenShownAndKept() {
        projection.on(CREATED, Instant.parse("2026-11-22T02:00:00Z"));
        assertThat(projection.handle(new FindMemberQuery(ACME, ID)).ssoSubject()).isNull();

        projection.on(new MemberSsoSubjectRecordedEvent(ID, ACME, "9f86d0"));
        projection.on(new MemberProvisionedEvent(ID, ACME, null));

        var view = projection.handle(new FindMemberQuery(ACME, ID));
        assertThat(view.ssoSubject()).isEqualTo("9f86d0");
        assertThat(view.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(projection.handle(new FindMembersQuery(ACME)).members()).singleElement()
                .satisfies(member -> assertThat(member.ssoSubject()).isEqualTo("9f86d0"));
    }
}
