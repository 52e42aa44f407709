package eu.dezky.sagas.domain;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainSetupCancelledEvent;
import eu.dezky.api.domain.RecordMailDomainSetupCancelledCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.SagaFixtures;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A domain's removal while its set-up still runs: the set-up cancels itself and undoes its registration in Stalwart,
 * found by name, or hands what it could not undo to the removal.
 */
class MailDomainSetupCancellationSagaTest {

    private final StalwartClient stalwart = mock(StalwartClient.class);
    private SagaTestFixture<MailDomainSetupSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MailDomainSetupSaga.class, stalwart, SETTINGS, SYSTEMS);
    }

    static final MailDomainRemovalRequestedEvent REMOVAL = new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null,
            "op-2", true);

    @Test
    void aRemovalWhileARetryWaitsCancelsItAndUndoesTheRegistrationFoundByName() {
        stalwartReady(stalwart);
        when(stalwart.listDkimSignatures("b")).thenThrow(transientFailure(null));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenAggregate(DOMAIN.value()).publishes(REMOVAL)
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainSetupCancelledCommand(DOMAIN, null)))
                .expectDispatchedCommandsMatching(OnlyOutcome.reported(step(StepState.COMPENSATED, 0, null, null)))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
        verify(stalwart).destroyDomainWithDkimKeys("b");
    }

    @Test
    void aRemovalAfterTheSetUpFinishedButBeforeItsOutcomeWasRecordedUndoesItToo() {
        stalwartReady(stalwart);
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenAggregate(DOMAIN.value()).publishes(REMOVAL)
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainSetupCancelledCommand(DOMAIN, null)));
        verify(stalwart).destroyDomainWithDkimKeys("b");
    }

    @Test
    void aRegistrationThatCannotBeUndoneIsHandedToTheRemoval() {
        stalwartReady(stalwart);
        when(stalwart.listDkimSignatures("b")).thenThrow(transientFailure(null));
        when(stalwart.findDomain("example.org")).thenThrow(AdapterException.of(AdapterException.Kind.REJECTED,
                "stalwart", "forbidden"));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenAggregate(DOMAIN.value()).publishes(REMOVAL)
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainSetupCancelledCommand(DOMAIN, "b")));
    }

    @Test
    void theSagaEndsOnceTheCancellationIsRecorded() {
        stalwartReady(stalwart);
        fixture.givenAggregate(DOMAIN.value()).published(ADDED, REMOVAL)
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainSetupCancelledEvent(DOMAIN, ACME, null, "op-2"))
                .expectActiveSagas(0);
    }
}
