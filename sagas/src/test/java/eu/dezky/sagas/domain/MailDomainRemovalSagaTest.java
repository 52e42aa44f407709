package eu.dezky.sagas.domain;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.NewAccount;
import eu.dezky.adapters.stalwart.StalwartAccount;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainSetupCancelledEvent;
import eu.dezky.api.domain.RecordMailDomainRemovalRefusedCommand;
import eu.dezky.api.domain.RecordMailDomainRemovedCommand;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.sagas.SimulatedStalwart;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.SagaFixtures;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.ACME;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.DOMAIN;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.REGISTERED;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.SYSTEMS;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.transientFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The removal saga against the real client and the in-process Stalwart simulator (what uses a domain is the
 * simulator's business), and against a mocked client where a failure sequence must be exact.
 */
class MailDomainRemovalSagaTest {

    private final SimulatedStalwart stalwart = new SimulatedStalwart();
    private final StalwartClient mocked = mock(StalwartClient.class);

    @AfterEach
    void stop() {
        stalwart.close();
    }

    private SagaTestFixture<MailDomainRemovalSaga> fixture(StalwartClient client) {
        return SagaFixtures.of(MailDomainRemovalSaga.class, client, SYSTEMS);
    }

    private static MailDomainRemovalRequestedEvent requested(String stalwartId) {
        return new MailDomainRemovalRequestedEvent(DOMAIN, ACME, stalwartId, null);
    }

    @Test
    void aDomainInUseIsRefusedNamingEveryUserAndNothingIsTouched() {
        StalwartClient client = stalwart.client;
        String id = client.createOrAdoptDomain("example.org").id();
        String other = client.createOrAdoptDomain("other.org").id();
        client.createOrAdoptAccount(new NewAccount("alice", id, null, null));
        StalwartAccount bob = client.createOrAdoptAccount(new NewAccount("bob", other, null, null));
        client.addAlias(bob.id(), "sales", id);
        client.createOrAdoptMailingList("team", id, Set.of("carol@other.org"), null);

        fixture(client).givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(requested(id))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovalRefusedCommand(DOMAIN, List.of(
                        "mailbox alice@example.org", "alias on mailbox bob@other.org", "mailing list team@example.org"))));
        assertThat(stalwart.simulator.inspect().domainNamed("example.org")).isPresent();
    }

    @Test
    void anUnusedDomainIsDestroyedWithItsDkimKeys() {
        StalwartClient client = stalwart.client;
        String id = client.createOrAdoptDomain("example.org").id();
        await().atMost(Duration.ofSeconds(10)).until(() -> !client.listDkimSignatures(id).isEmpty());

        fixture(client).givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(requested(id))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovedCommand(DOMAIN)));
        assertThat(stalwart.simulator.inspect().domainNamed("example.org")).isEmpty();
        assertThat(stalwart.simulator.inspect().dkimSignatures()).isEmpty();
    }

    @Test
    void aDomainAlreadyGoneFromStalwartCountsAsRemoved() {
        fixture(stalwart.client).givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(requested("zz"))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovedCommand(DOMAIN)));
    }

    @Test
    void aDomainNeverRegisteredInStalwartIsRemovedWithoutAskingIt() {
        fixture(mocked).givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(requested(null))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovedCommand(DOMAIN)));
        verifyNoInteractions(mocked);
    }

    @Test
    void aUserAppearingBetweenTheCheckAndTheDestroyIsReportedFromStalwartsLinkedObjects() {
        StalwartClient client = stalwart.client;
        String id = client.createOrAdoptDomain("example.org").id();
        client.createOrAdoptAccount(new NewAccount("dave", id, null, null));
        AdapterException linked = catchThrowableOfType(() -> client.destroyDomainWithDkimKeys(id), AdapterException.class);
        String daveId = client.findAccount("dave", id).orElseThrow().id();
        doThrow(linked).when(mocked).destroyDomainWithDkimKeys(id);
        when(mocked.getAccount(daveId)).thenReturn(client.getAccount(daveId));

        fixture(mocked).givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(requested(id))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovalRefusedCommand(DOMAIN,
                        List.of("mailbox dave@example.org"))));
    }

    @Test
    void aTransientFailureIsRetriedOnADeadlineAndThenRemoves() {
        when(mocked.listAccounts("b")).thenThrow(transientFailure(null)).thenReturn(List.of());
        fixture(mocked).givenAggregate(DOMAIN.value()).published(requested("b"))
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovedCommand(DOMAIN)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aTransientFailureSchedulesARetry() {
        when(mocked.listAccounts("b")).thenThrow(transientFailure(null));
        fixture(mocked).givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(requested("b"))
                .expectDispatchedCommandsMatching(OnlyOutcome.none(StepState.RETRYING))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), StepSaga.retryDeadlineOf(MailDomainRemovalSaga.class));
    }

    @Test
    void exhaustedRetriesRefuseTheRemovalSoTheDomainIsRestored() {
        when(mocked.listAccounts("b")).thenThrow(transientFailure(null));
        when(mocked.findDomain("example.org")).thenReturn(Optional.of(REGISTERED));
        fixture(mocked).givenAggregate(DOMAIN.value()).published(requested("b"))
                .whenTimeElapses(Duration.ofDays(1))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovalRefusedCommand(DOMAIN, List.of("the mail server"
                        + " did not answer after 8 attempts (last: it had an internal error (HTTP 503)); try again"
                        + " later"))))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRemovalWhoseRetriesRanOutIsDoneWhenTheDomainIsFoundGone() {
        when(mocked.listAccounts("b")).thenThrow(transientFailure(null));
        when(mocked.findDomain("example.org")).thenReturn(Optional.empty());
        fixture(mocked).givenAggregate(DOMAIN.value()).published(requested("b"))
                .whenTimeElapses(Duration.ofDays(1))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovedCommand(DOMAIN)));
    }

    @Test
    void aRejectionRefusesTheRemovalWithStalwartsReason() {
        when(mocked.findDomain("example.org")).thenReturn(Optional.of(REGISTERED));
        doThrow(AdapterException.of(AdapterException.Kind.REJECTED, "stalwart", "forbidden"))
                .when(mocked).destroyDomainWithDkimKeys("b");
        fixture(mocked).givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(requested("b"))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovalRefusedCommand(DOMAIN,
                        List.of("the mail server rejected the removal: forbidden"))));
    }

    @Test
    void theSagaEndsWhenTheDomainIsRemoved() {
        fixture(mocked).givenAggregate(DOMAIN.value()).published(requested("b"))
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainRemovedEvent(DOMAIN, ACME, null))
                .expectActiveSagas(0);
    }

    @Test
    void theSagaEndsWhenTheRemovalIsRefused() {
        when(mocked.listAccounts("b")).thenThrow(transientFailure(null));
        fixture(mocked).givenAggregate(DOMAIN.value()).published(requested("b"))
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainRemovalRefusedEvent(DOMAIN, ACME, List.of("x"),
                        DomainStatus.VERIFIED, null, null))
                .expectActiveSagas(0);
    }

    @Test
    void aRemovalThatCancelledTheSetUpWaitsForItsUndoAndThenRemovesWhatWasLeft() {
        StalwartClient client = stalwart.client;
        String id = client.createOrAdoptDomain("example.org").id();
        MailDomainRemovalRequestedEvent cancelling = new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, null, true);

        fixture(client).givenAggregate(DOMAIN.value()).published(cancelling)
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainSetupCancelledEvent(DOMAIN, ACME, id, null))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainRemovedCommand(DOMAIN)));
        assertThat(stalwart.simulator.inspect().domainNamed("example.org")).isEmpty();
    }

    @Test
    void aRemovalThatCancelledTheSetUpDoesNothingBeforeTheUndoIsRecorded() {
        fixture(mocked).givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, null, true))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
        verifyNoInteractions(mocked);
    }
}
