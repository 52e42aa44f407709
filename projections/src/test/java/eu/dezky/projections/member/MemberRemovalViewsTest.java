package eu.dezky.projections.member;

import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.SystemAccount;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The removal in the members read model, on the Mongo-protocol server the engine embeds. */
class MemberRemovalViewsTest {

    static final TenantId ACME = new TenantId("acme");
    static final MemberId ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final MailAddress BOB = new MailAddress("bob@acme.org");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MemberProjection members;

    @BeforeEach
    void start() {
        members = new MemberProjection(mongo.template(), mock(QueryUpdateEmitter.class));
    }

    @Test
    void aRemovalShowsItsOwnStepsAndLeftoversBecomeTheReason() {
        members.on(new MemberCreatedEvent(ID, ACME, "Bob", new Username("bob"), MemberRole.MEMBER, BOB, "ref", null),
                Instant.parse("2026-01-01T00:00:00Z"));
        members.on(new MemberProvisionedEvent(ID, ACME, null));
        members.on(new MemberRemovalStartedEvent(ID, ACME, BOB, "7", "m1", "f1", true, null));
        MemberView removing = members.handle(new FindMemberQuery(ACME, ID));
        assertThat(removing.status()).isEqualTo(MemberStatus.REMOVING);
        assertThat(removing.steps()).allMatch(s -> s.state() == StepState.PENDING);

        members.on(new MemberStepRecordedEvent(ID, ACME, new StepStatus(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION,
                1, 3, "Stalwart still has the account m1", null), "m1", null));
        members.on(new MemberRemovedEvent(ID, ACME, BOB, false, null));
        MemberView removed = members.handle(new FindMemberQuery(ACME, ID));
        assertThat(removed.status()).isEqualTo(MemberStatus.REMOVED);
        assertThat(removed.reason()).isEqualTo("removed, but needs attention: Stalwart still has the account m1");
    }

    @Test
    void aRemovedMembersAccountsShowAsGoneExceptWhatTheRemovalLeftBehind() {
        members.on(new MemberCreatedEvent(ID, ACME, "Bob", new Username("bob"), MemberRole.MEMBER, BOB, "ref", null),
                Instant.parse("2026-01-01T00:00:00Z"));
        for (MemberSystem system : MemberSystem.values()) {
            members.on(new MemberStepRecordedEvent(ID, ACME, new StepStatus(system, StepState.DONE, 0, 0, null, null),
                    "x", null));
        }
        members.on(new MemberProvisionedEvent(ID, ACME, null));
        members.on(new MemberRemovalStartedEvent(ID, ACME, BOB, "7", "m1", "f1", true, null));
        assertThat(accounts()).containsExactly(AccountState.ACTIVE, AccountState.ACTIVE, AccountState.ACTIVE);

        members.on(new MemberStepRecordedEvent(ID, ACME, new StepStatus(MemberSystem.FILES, StepState.DONE, 0, 0,
                "deleted", null), "f1", null));
        members.on(new MemberStepRecordedEvent(ID, ACME, new StepStatus(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION,
                3, 3, "Stalwart still has the account m1", null), "m1", null));
        members.on(new MemberStepRecordedEvent(ID, ACME, new StepStatus(MemberSystem.SSO, StepState.DONE, 0, 0,
                "deleted", null), "7", null));
        members.on(new MemberRemovedEvent(ID, ACME, BOB, false, null));

        assertThat(accounts()).containsExactly(AccountState.NONE, AccountState.ACTIVE, AccountState.NONE);
    }

    private List<AccountState> accounts() {
        return members.handle(new FindMemberQuery(ACME, ID)).systems().stream().map(SystemAccount::state).toList();
    }
}
