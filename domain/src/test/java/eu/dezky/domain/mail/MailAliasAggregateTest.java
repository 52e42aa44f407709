package eu.dezky.domain.mail;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.CreateMailAliasCommand;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalRequestedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.RecordMailAliasProvisionedCommand;
import eu.dezky.api.mail.RecordMailAliasProvisioningFailedCommand;
import eu.dezky.api.mail.RecordMailAliasRemovedCommand;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailAliasAggregateTest {

    static final TenantId ACME = new TenantId("acme");
    static final MailAddress SALES = new MailAddress("sales@example.org");
    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MemberId MEMBER = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final MailAliasId ID = MailAliasId.of(SALES);
    static final MailAliasCreatedEvent CREATED = new MailAliasCreatedEvent(ID, ACME, MEMBER, BOB, null);
    static final MailAliasProvisionedEvent PROVISIONED = new MailAliasProvisionedEvent(ID, ACME, null);
    static final String GONE = "removed with member bob@example.org: the mailbox it delivered to is gone";

    private AggregateTestFixture<MailAliasAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MailAliasAggregate.class);
    }

    @Test
    void creatingAnAliasRecordsItsMemberAndMailbox() {
        fixture.givenNoPriorActivity()
                .when(new CreateMailAliasCommand(ID, ACME, MEMBER, BOB, null))
                .expectEvents(CREATED);
    }

    @Test
    void theAggregateIdStaysApartFromTheAddressClaim() {
        org.assertj.core.api.Assertions.assertThat(ID.toString()).isEqualTo("alias:sales@example.org");
    }

    @Test
    void anAliasInUseCannotBeCreatedAgain() {
        fixture.given(CREATED, PROVISIONED)
                .when(new CreateMailAliasCommand(ID, ACME, MEMBER, BOB, null))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aRemovedAliasCanBeCreatedAgain() {
        fixture.given(CREATED, PROVISIONED, new MailAliasRemovalRequestedEvent(ID, ACME, MEMBER, BOB, null, null),
                        new MailAliasRemovedEvent(ID, ACME, null, null))
                .when(new CreateMailAliasCommand(ID, ACME, MEMBER, BOB, null))
                .expectEvents(CREATED);
    }

    @Test
    void provisionedOnceAndLateReportsIgnored() {
        fixture.given(CREATED, PROVISIONED)
                .when(new RecordMailAliasProvisionedCommand(ID))
                .expectNoEvents();
        fixture.given(CREATED, PROVISIONED)
                .when(new RecordMailAliasProvisioningFailedCommand(ID, "late", false))
                .expectNoEvents();
    }

    @Test
    void aFailureWithLeftoversIsRecorded() {
        fixture.given(CREATED)
                .when(new RecordMailAliasProvisioningFailedCommand(ID, "stuck", true))
                .expectEvents(new MailAliasProvisioningFailedEvent(ID, ACME, "stuck", true, null));
    }

    @Test
    void anAdminCannotRemoveAnAliasStillBeingProvisioned() {
        fixture.given(CREATED)
                .when(new RemoveMailAliasCommand(ID, ACME, null, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("still being provisioned"));
    }

    @Test
    void theMembersRemovalIsAcceptedEvenWhileProvisioning() {
        fixture.given(CREATED)
                .when(new RemoveMailAliasCommand(ID, ACME, GONE, null))
                .expectEvents(new MailAliasRemovalRequestedEvent(ID, ACME, MEMBER, BOB, GONE, null));
    }

    @Test
    void anotherTenantCannotRemoveTheAlias() {
        fixture.given(CREATED, PROVISIONED)
                .when(new RemoveMailAliasCommand(ID, new TenantId("other"), null, null))
                .expectException(RuleViolationException.class);
    }

    @Test
    void theRemovalKeepsItsReason() {
        fixture.given(CREATED, PROVISIONED, new MailAliasRemovalRequestedEvent(ID, ACME, MEMBER, BOB, GONE, null))
                .when(new RecordMailAliasRemovedCommand(ID))
                .expectEvents(new MailAliasRemovedEvent(ID, ACME, GONE, null));
    }

    @Test
    void aRemovedAliasCannotBeRemovedAgain() {
        fixture.given(CREATED, PROVISIONED, new MailAliasRemovalRequestedEvent(ID, ACME, MEMBER, BOB, null, null),
                        new MailAliasRemovedEvent(ID, ACME, null, null))
                .when(new RemoveMailAliasCommand(ID, ACME, null, null))
                .expectException(RuleViolationException.class);
    }
}
