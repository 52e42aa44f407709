package eu.dezky.projections.member;

import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The members read model on the Mongo-protocol server the engine embeds, fed events directly. */
class MemberProjectionTest {

    static final TenantId ACME = new TenantId("acme");
    static final MemberId ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final MailAddress BOB = new MailAddress("bob@acme.org");
    static final MemberCreatedEvent CREATED = new MemberCreatedEvent(ID, ACME, "Bob Builder", new Username("bob"),
            MemberRole.MEMBER, BOB, "vault-ref", null);

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MemberProjection projection;

    @BeforeEach
    void start() {
        projection = new MemberProjection(mongo.template(), mock(QueryUpdateEmitter.class));
    }

    @Test
    void aNewMemberShowsEveryStepPendingAndNoVaultReference() {
        projection.on(CREATED, Instant.parse("2026-11-22T02:00:00Z"));
        MemberView view = projection.handle(new FindMemberQuery(ACME, ID));

        assertThat(view.status()).isEqualTo(MemberStatus.PROVISIONING);
        assertThat(view.mailbox()).isEqualTo("bob@acme.org");
        assertThat(view.steps()).extracting(StepStatus::state).containsOnly(StepState.PENDING);
        assertThat(view.toString()).doesNotContain("vault-ref");
    }

    @Test
    void stepsAndTheFailureShowPerSystemAndSurviveAReplay() {
        for (int replay = 0; replay < 2; replay++) {
            projection.on(CREATED, Instant.parse("2026-11-22T02:00:00Z"));
            projection.on(new MemberStepRecordedEvent(ID, ACME,
                    new StepStatus(MemberSystem.SSO, StepState.COMPENSATED, 0, 0, null, null), "7", null));
            projection.on(new MemberStepRecordedEvent(ID, ACME,
                    new StepStatus(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION, 3, 8, "Stalwart still has m1", null), "m1", null));
            projection.on(new MemberProvisioningFailedEvent(ID, ACME, BOB, "oCIS refused", null));
        }
        MemberView view = projection.handle(new FindMemberQuery(ACME, ID));

        assertThat(view.status()).isEqualTo(MemberStatus.FAILED);
        assertThat(view.reason()).isEqualTo("oCIS refused");
        assertThat(view.steps()).extracting(StepStatus::state)
                .containsExactly(StepState.COMPENSATED, StepState.NEEDS_ATTENTION, StepState.PENDING);
        assertThat(projection.handle(new FindMembersQuery(ACME)).members()).hasSize(1);
    }

    @Test
    void anotherTenantsMemberIsAbsentAndNotListed() {
        projection.on(CREATED, Instant.parse("2026-11-22T02:00:00Z"));
        TenantId other = new TenantId("other");
        assertThat(projection.handle(new FindMemberQuery(other, ID))).isNull();
        assertThat(projection.handle(new FindMembersQuery(other)).members()).isEmpty();
    }
}
