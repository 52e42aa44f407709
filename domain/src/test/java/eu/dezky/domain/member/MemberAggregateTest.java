package eu.dezky.domain.member;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.member.CreateMemberCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberAggregateTest {

    static final MemberId ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final TenantId ACME = new TenantId("acme");
    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MemberCreatedEvent CREATED = new MemberCreatedEvent(ID, ACME, "Bob Builder", new Username("bob"),
            MemberRole.MEMBER, BOB, "ref-1", null);
    static final StepStatus SSO_DONE = new StepStatus(MemberSystem.SSO, StepState.DONE, 0, 0, null, null);

    private FixtureConfiguration<MemberAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MemberAggregate.class);
    }

    @Test
    void creatingAMemberRecordsTheVaultReferenceNotTheSecret() {
        fixture.givenNoPriorActivity()
                .when(new CreateMemberCommand(ID, ACME, "Bob Builder", new Username("bob"), MemberRole.MEMBER, BOB, "ref-1", null))
                .expectEvents(CREATED);
    }

    @Test
    void stepsAreRecordedWhileProvisioning() {
        fixture.given(CREATED)
                .when(new RecordMemberStepCommand(ID, SSO_DONE, "7"))
                .expectEvents(new MemberStepRecordedEvent(ID, ACME, SSO_DONE, "7", null));
    }

    @Test
    void aLateStepReportAfterTheOutcomeIsIgnored() {
        fixture.given(CREATED, new MemberProvisionedEvent(ID, ACME, null))
                .when(new RecordMemberStepCommand(ID, SSO_DONE, "7"))
                .expectNoEvents();
    }

    @Test
    void theOutcomeIsRecordedOnce() {
        fixture.given(CREATED, new MemberProvisionedEvent(ID, ACME, null))
                .when(new RecordMemberProvisionedCommand(ID))
                .expectNoEvents();
    }

    @Test
    void aFailureCarriesTheMailboxAndReason() {
        fixture.given(CREATED)
                .when(new RecordMemberProvisioningFailedCommand(ID, "oCIS refused"))
                .expectEvents(new MemberProvisioningFailedEvent(ID, ACME, BOB, "oCIS refused", null));
    }

    @Test
    void usernamesAreLowerCaseStartWithALetterAndFitAMailbox() {
        for (String bad : new String[]{"B", "Bob", "9bob", "b", "bob..x", "bob.", "bo b", "x".repeat(65)}) {
            assertThatThrownBy(() -> new Username(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("username");
        }
        new Username("bo");
        new Username("bob.builder_2-x");
    }
}
