package eu.dezky.domain.maildomain;

import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainSetupCancelledEvent;
import eu.dezky.api.domain.RecordMailDomainProvisionedCommand;
import eu.dezky.api.domain.RecordMailDomainRemovalRefusedCommand;
import eu.dezky.api.domain.RecordMailDomainRemovedCommand;
import eu.dezky.api.domain.RecordMailDomainSetupCancelledCommand;
import eu.dezky.api.domain.RequestMailDomainRemovalCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.dezky.domain.maildomain.MailDomainAggregateTest.ACME;
import static eu.dezky.domain.maildomain.MailDomainAggregateTest.ADDED;
import static eu.dezky.domain.maildomain.MailDomainAggregateTest.DOMAIN;
import static eu.dezky.domain.maildomain.MailDomainAggregateTest.PROVISIONED;
import static eu.dezky.domain.maildomain.MailDomainAggregateTest.checked;
import static eu.dezky.domain.maildomain.MailDomainAggregateTest.code;

/** A mail domain's removal: what it starts with, what refuses it, how a set-up under way is cancelled and undone. */
class MailDomainRemovalAggregateTest {

    private FixtureConfiguration<MailDomainAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MailDomainAggregate.class);
    }

    @Test
    void removalStartsWithTheStalwartIdForTheSaga() {
        fixture.given(ADDED, PROVISIONED)
                .when(new RequestMailDomainRemovalCommand(DOMAIN, ACME, List.of(), null))
                .expectEvents(new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", null));
    }

    @Test
    void removalIsRefusedWhileOurOwnUsersRemainAndNamesThem() {
        fixture.given(ADDED, PROVISIONED)
                .when(new RequestMailDomainRemovalCommand(DOMAIN, ACME, List.of("member alice@example.org"), null))
                .expectException(code("domain-in-use"))
                .expectExceptionMessage("example.org is still in use by: member alice@example.org")
                .expectNoEvents();
    }

    @Test
    void removalWhileTheDomainIsBeingRegisteredCancelsTheSetUp() {
        fixture.given(ADDED)
                .when(new RequestMailDomainRemovalCommand(DOMAIN, ACME, List.of(), "op-2"))
                .expectEvents(new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, "op-2", true));
    }

    @Test
    void aLateSetUpOutcomeAfterTheCancellationIsIgnored() {
        fixture.given(ADDED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, "op-2", true))
                .when(new RecordMailDomainProvisionedCommand(DOMAIN, "b", List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theCancelledSetUpsUndoIsRecordedOnceWithWhatItLeft() {
        fixture.given(ADDED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, "op-2", true),
                        new MailDomainSetupCancelledEvent(DOMAIN, ACME, "b", "op-2"))
                .when(new RecordMailDomainSetupCancelledCommand(DOMAIN, "b"))
                .expectNoEvents();
        fixture.given(ADDED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, "op-2", true))
                .when(new RecordMailDomainSetupCancelledCommand(DOMAIN, "b"))
                .expectEvents(new MailDomainSetupCancelledEvent(DOMAIN, ACME, "b", "op-2"));
    }

    @Test
    void aRemovalRefusedAfterACancelledSetUpLeavesTheDomainFailed() {
        fixture.given(ADDED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, "op-2", true),
                        new MailDomainSetupCancelledEvent(DOMAIN, ACME, "b", "op-2"))
                .when(new RecordMailDomainRemovalRefusedCommand(DOMAIN, List.of("mailbox bob@example.org")))
                .expectEvents(new MailDomainRemovalRefusedEvent(DOMAIN, ACME, List.of("mailbox bob@example.org"),
                        DomainStatus.FAILED, "op-2", null));
    }

    @Test
    void aFailedDomainCanBeRemoved() {
        fixture.given(ADDED, new MailDomainProvisioningFailedEvent(DOMAIN, ACME, "no", null))
                .when(new RequestMailDomainRemovalCommand(DOMAIN, ACME, List.of(), null))
                .expectEvents(new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, null));
    }

    @Test
    void aRefusedRemovalRestoresThePreviousStatus() {
        fixture.given(ADDED, PROVISIONED, checked(DomainStatus.VERIFIED),
                        new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", null))
                .when(new RecordMailDomainRemovalRefusedCommand(DOMAIN, List.of("mailbox bob@example.org")))
                .expectEvents(new MailDomainRemovalRefusedEvent(DOMAIN, ACME, List.of("mailbox bob@example.org"),
                        DomainStatus.VERIFIED, null, null));
    }

    @Test
    void aRemovedReportEndsTheDomain() {
        fixture.given(ADDED, PROVISIONED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", null))
                .when(new RecordMailDomainRemovedCommand(DOMAIN))
                .expectEvents(new MailDomainRemovedEvent(DOMAIN, ACME, null));
    }

    @Test
    void aSecondRemovalRequestWhileRemovingChangesNothing() {
        fixture.given(ADDED, PROVISIONED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", null))
                .when(new RequestMailDomainRemovalCommand(DOMAIN, ACME, List.of(), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
