package eu.dezky.domain.mail;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.ChangeMailingListCommand;
import eu.dezky.api.mail.CreateMailingListCommand;
import eu.dezky.api.mail.MailingListChangeFailedEvent;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListProvisionedEvent;
import eu.dezky.api.mail.MailingListProvisioningFailedEvent;
import eu.dezky.api.mail.MailingListRemovalRequestedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.mail.RecordMailingListProvisionedCommand;
import eu.dezky.api.mail.RecordMailingListProvisioningFailedCommand;
import eu.dezky.api.mail.RecordMailingListRemovedCommand;
import eu.dezky.api.mail.RemoveMailingListCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;

class MailingListAggregateTest {

    static final TenantId ACME = new TenantId("acme");
    static final MailingListId ID = MailingListId.of(new MailAddress("team@example.org"));
    static final Recipients BEFORE = new Recipients(List.of("a@example.org"));
    static final Recipients AFTER = new Recipients(List.of("b@example.org"));
    static final MailingListCreatedEvent CREATED = new MailingListCreatedEvent(ID, ACME, "Team", BEFORE, null);
    static final MailingListProvisionedEvent PROVISIONED = new MailingListProvisionedEvent(ID, ACME, null);

    private AggregateTestFixture<MailingListAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MailingListAggregate.class);
    }

    @Test
    void creatingAListRecordsNameAndRecipients() {
        fixture.givenNoPriorActivity()
                .when(new CreateMailingListCommand(ID, ACME, "Team", BEFORE, null))
                .expectEvents(CREATED);
    }

    @Test
    void aChangeRemembersTheStateBeforeIt() {
        fixture.given(CREATED, PROVISIONED)
                .when(new ChangeMailingListCommand(ID, ACME, "Whole team", AFTER, null))
                .expectEvents(new MailingListChangedEvent(ID, ACME, "Whole team", AFTER, "Team", BEFORE, null));
    }

    @Test
    void aChangeThatFailedRestoresThePreviousState() {
        fixture.given(CREATED, PROVISIONED, new MailingListChangedEvent(ID, ACME, "Whole team", AFTER, "Team", BEFORE, null))
                .when(new RecordMailingListProvisioningFailedCommand(ID, "refused", false))
                .expectEvents(new MailingListChangeFailedEvent(ID, ACME, "Team", BEFORE, "refused", false, null));
    }

    @Test
    void aFailedCreateIsAProvisioningFailure() {
        fixture.given(CREATED)
                .when(new RecordMailingListProvisioningFailedCommand(ID, "refused", false))
                .expectEvents(new MailingListProvisioningFailedEvent(ID, ACME, "refused", false, null));
    }

    @Test
    void oneOperationAtATime() {
        fixture.given(CREATED)
                .when(new ChangeMailingListCommand(ID, ACME, "Whole team", AFTER, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("being provisioned"));
        fixture.given(CREATED, PROVISIONED, new MailingListChangedEvent(ID, ACME, "Whole team", AFTER, "Team", BEFORE, null))
                .when(new RemoveMailingListCommand(ID, ACME, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("being changed"));
    }

    @Test
    void anotherTenantCannotChangeTheList() {
        fixture.given(CREATED, PROVISIONED)
                .when(new ChangeMailingListCommand(ID, new TenantId("other"), "Mine", AFTER, null))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aRemovalEndsInRemovedAndTheAddressCanBeUsedAgain() {
        fixture.given(CREATED, PROVISIONED)
                .when(new RemoveMailingListCommand(ID, ACME, null))
                .expectEvents(new MailingListRemovalRequestedEvent(ID, ACME, null));
        fixture.given(CREATED, PROVISIONED, new MailingListRemovalRequestedEvent(ID, ACME, null))
                .when(new RecordMailingListRemovedCommand(ID))
                .expectEvents(new MailingListRemovedEvent(ID, ACME, null));
        fixture.given(CREATED, PROVISIONED, new MailingListRemovalRequestedEvent(ID, ACME, null),
                        new MailingListRemovedEvent(ID, ACME, null))
                .when(new CreateMailingListCommand(ID, ACME, "Team", BEFORE, null))
                .expectEvents(CREATED);
    }

    @Test
    void lateReportsAreIgnored() {
        fixture.given(CREATED, PROVISIONED)
                .when(new RecordMailingListProvisionedCommand(ID))
                .expectNoEvents();
    }
}
