package eu.dezky.sagas.mail;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListProvisionedEvent;
import eu.dezky.api.mail.MailingListRemovalRequestedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.mail.RecordMailingListProvisionedCommand;
import eu.dezky.api.mail.RecordMailingListProvisioningFailedCommand;
import eu.dezky.api.mail.RecordMailingListRemovalFailedCommand;
import eu.dezky.api.mail.RecordMailingListRemovedCommand;
import eu.dezky.api.mail.RecordMailingListStepCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.TestSystems;

import java.time.Duration;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The list saga's branches against a mocked mail server: create, change with roll-back, remove. */
class MailingListSagaTest {

    static final TenantId TENANT = new TenantId("acme");
    static final MailAddress TEAM = new MailAddress("team@example.org");
    static final MailingListId ID = MailingListId.of(TEAM);
    static final String AGGREGATE = ID.toString();
    static final Recipients BEFORE = new Recipients(List.of("a@example.org"));
    static final Recipients AFTER = new Recipients(List.of("b@example.org", "partner@other.com"));
    static final MailingListCreatedEvent CREATED = new MailingListCreatedEvent(ID, TENANT, "Team", BEFORE, null);
    static final MailingListChangedEvent CHANGED = new MailingListChangedEvent(ID, TENANT, "Whole team", AFTER,
            "Team", BEFORE, null);

    private final MailServer server = mock(MailServer.class);
    private SagaTestFixture<MailingListSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MailingListSaga.class, server, TestSystems.withAttempts(3));
    }

    static RecordMailingListStepCommand step(StepState state) {
        return new RecordMailingListStepCommand(ID, new MailStep(state, 0, 3, null, null));
    }

    static AdapterException failure(AdapterException.Kind kind) {
        return MailAliasSagaTest.failure(kind);
    }

    @Test
    void theListIsCreatedWithItsRecipients() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(step(StepState.DONE), new RecordMailingListProvisionedCommand(ID));
        verify(server).putList(TEAM, "Team", BEFORE.addresses());
    }

    @Test
    void aCreateThatFailsForGoodIsUndoneAndTheAddressReleased() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(server).putList(any(), any(), any());

        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.FAILED, "refused to create the list team@example.org"),
                        step(StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(TEAM, "list:team@example.org"),
                        Dispatched.command(RecordMailingListProvisioningFailedCommand.class,
                                f -> !f.leftover() && f.reason().contains("create the list again"))));
        verify(server).removeList(TEAM);
    }

    @Test
    void aTransientFailureIsRetriedOnADeadline() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).doNothing().when(server).putList(any(), any(), any());

        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenTimeElapses(Duration.ofMinutes(1))
                .expectDispatchedCommands(new RecordMailingListStepCommand(ID, new MailStep(StepState.DONE, 1, 3, null,
                        null)), new RecordMailingListProvisionedCommand(ID))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aChangeReplacesNameAndRecipients() {
        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailingListProvisionedEvent(ID, TENANT, null))
                .whenAggregate(AGGREGATE).publishes(CHANGED)
                .expectDispatchedCommands(step(StepState.DONE), new RecordMailingListProvisionedCommand(ID));
        verify(server).putList(TEAM, "Whole team", AFTER.addresses());
    }

    @Test
    void aChangeThatFailsForGoodPutsThePreviousStateBack() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(server).putList(eq(TEAM), eq("Whole team"), any());

        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailingListProvisionedEvent(ID, TENANT, null))
                .whenAggregate(AGGREGATE).publishes(CHANGED)
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.FAILED, "refused to change the list"),
                        step(StepState.COMPENSATED),
                        Dispatched.command(RecordMailingListProvisioningFailedCommand.class,
                                f -> !f.leftover() && f.reason().contains("put back"))));
        // once when the list was created, once rolling the change back
        verify(server, times(2)).putList(TEAM, "Team", BEFORE.addresses());
        verify(server, never()).removeList(any());
    }

    @Test
    void aRollbackThatFailsNeedsAttention() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(server).putList(any(), any(), any());

        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailingListProvisionedEvent(ID, TENANT, null))
                .whenAggregate(AGGREGATE).publishes(CHANGED)
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.FAILED, "refused to change the list"),
                        Dispatched.step(StepState.NEEDS_ATTENTION, "may still have the changed list"),
                        Dispatched.command(RecordMailingListProvisioningFailedCommand.class, f -> f.leftover())));
    }

    @Test
    void aRemovalDestroysTheListAndReleasesTheAddress() {
        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailingListProvisionedEvent(ID, TENANT, null))
                .whenAggregate(AGGREGATE).publishes(new MailingListRemovalRequestedEvent(ID, TENANT, null))
                .expectDispatchedCommands(step(StepState.DONE), new ReleaseMailAddressCommand(TEAM, ID.toString()),
                        new RecordMailingListRemovedCommand(ID));
        verify(server).removeList(TEAM);
    }

    @Test
    void aRemovalThatKeepsFailingNeedsAttentionAndKeepsTheClaim() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(server).removeList(TEAM);
        when(server.hasList(TEAM, null)).thenReturn(true);

        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailingListProvisionedEvent(ID, TENANT, null),
                        new MailingListRemovalRequestedEvent(ID, TENANT, null))
                .whenTimeElapses(Duration.ofMinutes(2))
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.RETRYING, "service unavailable"),
                        Dispatched.step(StepState.NEEDS_ATTENTION, "after 3 attempts"),
                        Dispatched.command(RecordMailingListRemovalFailedCommand.class,
                                f -> f.reason().contains("remove the list again"))));
    }

    @Test
    void aRemovalWhoseRetriesRanOutIsDoneWhenTheListIsFoundGone() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(server).removeList(TEAM);

        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailingListProvisionedEvent(ID, TENANT, null),
                        new MailingListRemovalRequestedEvent(ID, TENANT, null))
                .whenTimeElapses(Duration.ofMinutes(2))
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.RETRYING, "service unavailable"),
                        Dispatched.step(StepState.DONE, null),
                        new ReleaseMailAddressCommand(TEAM, ID.toString()), new RecordMailingListRemovedCommand(ID)));
    }

    @Test
    void theSagaEndsWhenTheListIsRemoved() {
        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailingListProvisionedEvent(ID, TENANT, null))
                .whenAggregate(AGGREGATE).publishes(new MailingListRemovedEvent(ID, TENANT, null))
                .expectActiveSagas(0);
    }
}
