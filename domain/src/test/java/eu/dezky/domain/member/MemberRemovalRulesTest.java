package eu.dezky.domain.member;

import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.StartMemberOperationCommand;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.LinkMemberCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberRemovedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.member.RemoveMemberCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When a member may be removed, what the removal learns from the onboarding, and linked memberships. */
class MemberRemovalRulesTest {

    static final MemberId ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final TenantId ACME = new TenantId("acme");
    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MemberCreatedEvent CREATED = new MemberCreatedEvent(ID, ACME, "Bob Builder", new Username("bob"),
            MemberRole.MEMBER, BOB, "ref-1", null);
    static final MemberProvisionedEvent ACTIVE = new MemberProvisionedEvent(ID, ACME, null);

    private FixtureConfiguration<MemberAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MemberAggregate.class);
    }

    static MemberStepRecordedEvent step(MemberSystem system, StepState state, String id) {
        return new MemberStepRecordedEvent(ID, ACME, new StepStatus(system, state, 0, 0, null, null), id, null);
    }

    @Test
    void anActiveMembersRemovalStartsWithTheIdsOfEachSystem() {
        fixture.given(CREATED, step(MemberSystem.SSO, StepState.DONE, "7"), step(MemberSystem.MAILBOX, StepState.DONE, "m1"),
                        step(MemberSystem.FILES, StepState.DONE, "f1"), ACTIVE)
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectEvents(new MemberRemovalStartedEvent(ID, ACME, BOB, "7", "m1", "f1", true, null));
    }

    @Test
    void aMemberStillBeingProvisionedCannotBeRemoved() {
        fixture.given(CREATED)
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("the member bob@example.org is still being provisioned; remove them once"
                        + " onboarding has finished (active or failed)");
    }

    @Test
    void anotherTenantCannotRemoveTheMember() {
        fixture.given(CREATED, ACTIVE)
                .when(new RemoveMemberCommand(ID, new TenantId("globex"), null))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aRemovalRunningOrDoneMakesAnotherANoOp() {
        MemberRemovalStartedEvent started = new MemberRemovalStartedEvent(ID, ACME, BOB, null, null, null, true, null);
        fixture.given(CREATED, ACTIVE, started)
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectNoEvents();
        fixture.given(CREATED, ACTIVE, started, new MemberRemovedEvent(ID, ACME, BOB, false, null))
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectNoEvents();
    }

    @Test
    void aFailedMemberWithALeftoverIsRemovedWithOnlyThatLeftover() {
        fixture.given(CREATED, step(MemberSystem.SSO, StepState.DONE, "7"), step(MemberSystem.MAILBOX, StepState.DONE, "m1"),
                        step(MemberSystem.FILES, StepState.FAILED, null), step(MemberSystem.MAILBOX, StepState.NEEDS_ATTENTION, "m1"),
                        step(MemberSystem.SSO, StepState.COMPENSATED, "7"),
                        new MemberProvisioningFailedEvent(ID, ACME, BOB, "oCIS refused", null))
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectEvents(new MemberRemovalStartedEvent(ID, ACME, BOB, null, "m1", null, true, null));
    }

    @Test
    void aFailedMemberWithoutLeftoversNoLongerHoldsItsAddress() {
        fixture.given(CREATED, step(MemberSystem.SSO, StepState.DONE, "7"), step(MemberSystem.SSO, StepState.COMPENSATED, "7"),
                        new MemberProvisioningFailedEvent(ID, ACME, BOB, "Stalwart refused", null))
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectEvents(new MemberRemovalStartedEvent(ID, ACME, BOB, null, null, null, false, null));
    }

    @Test
    void removalStepsAreRecordedAndTheEndOnce() {
        MemberRemovalStartedEvent started = new MemberRemovalStartedEvent(ID, ACME, BOB, "7", "m1", "f1", true, null);
        StepStatus deleted = new StepStatus(MemberSystem.FILES, StepState.DONE, 0, 0, "deleted", null);
        fixture.given(CREATED, ACTIVE, started)
                .when(new RecordMemberStepCommand(ID, deleted, "f1"))
                .expectEvents(new MemberStepRecordedEvent(ID, ACME, deleted, "f1", null));
        fixture.given(CREATED, ACTIVE, started)
                .when(new RecordMemberRemovedCommand(ID, true))
                .expectEvents(new MemberRemovedEvent(ID, ACME, BOB, true, null));
        fixture.given(CREATED, ACTIVE, started, new MemberRemovedEvent(ID, ACME, BOB, true, null))
                .when(new RecordMemberRemovedCommand(ID, true))
                .expectNoEvents();
    }

    @Test
    void anActiveMemberCannotBeRecordedAsRemovedWithoutARemoval() {
        fixture.given(CREATED, ACTIVE)
                .when(new RecordMemberRemovedCommand(ID, false))
                .expectNoEvents();
    }

    @Test
    void aLinkedMembershipIsCreatedAndEvenFailedStillHoldsItsShareOfTheAddress() {
        TenantId other = new TenantId("globex");
        fixture.givenNoPriorActivity()
                .when(new LinkMemberCommand(ID, ACME, "Bob Builder", new Username("bob"), MemberRole.MEMBER, BOB, other, null))
                .expectEvents(new MemberLinkedEvent(ID, ACME, "Bob Builder", new Username("bob"), MemberRole.MEMBER, BOB,
                        other, null));
        fixture.given(new MemberLinkedEvent(ID, ACME, "Bob Builder", new Username("bob"), MemberRole.MEMBER, BOB, other, null),
                        new MemberProvisioningFailedEvent(ID, ACME, BOB, "no mailbox", null))
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectEvents(new MemberRemovalStartedEvent(ID, ACME, BOB, null, null, null, true, null));
    }

    @Test
    void aLinkedMembershipHasNoLifecycleOperationsOfItsOwnButCanBeRemoved() {
        TenantId other = new TenantId("globex");
        var linked = new MemberLinkedEvent(ID, ACME, "Bob Builder", new Username("bob"), MemberRole.MEMBER, BOB, other, null);
        for (MemberOperationKind kind : MemberOperationKind.values()) {
            fixture.given(linked, new MemberProvisionedEvent(ID, ACME, null))
                    .when(new StartMemberOperationCommand(ID, "0b7e1f52-5d0c-4a8e-9d5e-2f1a3c4b5d6e", kind, null))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("shares the person's accounts"));
        }
    }

    @Test
    void aMemberWithALifecycleOperationRunningCannotBeRemovedUntilItEnds() {
        var started = new MemberOperationStartedEvent(ID, ACME, "0b7e1f52-5d0c-4a8e-9d5e-2f1a3c4b5d6e",
                MemberOperationKind.SUSPEND, BOB, java.util.Map.of(), null);
        fixture.given(new MemberCreatedEvent(ID, ACME, "Bob Builder", new Username("bob"), MemberRole.MEMBER, BOB, "ref", null),
                        new MemberProvisionedEvent(ID, ACME, null), started)
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(new MemberCreatedEvent(ID, ACME, "Bob Builder", new Username("bob"), MemberRole.MEMBER, BOB, "ref", null),
                        new MemberProvisionedEvent(ID, ACME, null), started,
                        new MemberOperationCompletedEvent(ID, ACME, started.operationId(), MemberOperationKind.SUSPEND))
                .when(new RemoveMemberCommand(ID, ACME, null))
                .expectEvents(new MemberRemovalStartedEvent(ID, ACME, BOB, null, null, null, true, null));
    }
}
