package eu.dezky.sagas.mail;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasRemovalRequestedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.RecordMailAliasProvisionedCommand;
import eu.dezky.api.mail.RecordMailAliasProvisioningFailedCommand;
import eu.dezky.api.mail.RecordMailAliasRemovalFailedCommand;
import eu.dezky.api.mail.RecordMailAliasRemovedCommand;
import eu.dezky.api.mail.RecordMailAliasStepCommand;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.TestSystems;
import eu.dezky.sagas.steps.ExternalSystems;

import java.time.Duration;
import java.time.Instant;

import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The alias saga's branches against a mocked mail server, where the exact failure sequence matters. */
class MailAliasSagaTest {

    static final TenantId TENANT = new TenantId("acme");
    static final MailAddress SALES = new MailAddress("sales@example.org");
    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MemberId MEMBER = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final MailAliasId ID = MailAliasId.of(SALES);
    static final String AGGREGATE = ID.toString();
    static final MailAliasCreatedEvent CREATED = new MailAliasCreatedEvent(ID, TENANT, MEMBER, BOB, null);
    static final ExternalSystems SYSTEMS = TestSystems.withAttempts(3);

    private final MailServer server = mock(MailServer.class);
    private SagaTestFixture<MailAliasSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MailAliasSaga.class, server, SYSTEMS);
    }

    static AdapterException failure(AdapterException.Kind kind) {
        return new AdapterException(kind, "sim", kind == AdapterException.Kind.TRANSIENT ? 503 : 400,
                kind == AdapterException.Kind.TRANSIENT ? "service unavailable" : "refused", null, null);
    }

    static RecordMailAliasStepCommand step(StepState state) {
        return new RecordMailAliasStepCommand(ID, new MailStep(state, 0, 3, null, null));
    }

    @Test
    void theAliasIsAddedToTheMembersAccountAndTheSagaStaysForTheMember() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(step(StepState.DONE), new RecordMailAliasProvisionedCommand(ID))
                .expectNoScheduledDeadlines();
        verify(server).addAlias(SALES, BOB);
    }

    @Test
    void aTransientFailureIsRetriedOnADeadline() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).doNothing().when(server).addAlias(SALES, BOB);

        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenTimeElapses(Duration.ofMinutes(1))
                .expectDispatchedCommands(new RecordMailAliasStepCommand(ID, new MailStep(StepState.DONE, 1, 3, null,
                        null)), new RecordMailAliasProvisionedCommand(ID))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aTransientFailureSchedulesARetryAndSaysSo() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(server).addAlias(SALES, BOB);
        Instant due = fixture.currentTime().plusSeconds(30);

        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommands(new RecordMailAliasStepCommand(ID,
                        new MailStep(StepState.RETRYING, 1, 3, "service unavailable", due)))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), StepSaga.retryDeadlineOf(MailAliasSaga.class));
    }

    @Test
    void exhaustedAttemptsUndoTheAliasAndReleaseTheAddress() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(server).addAlias(SALES, BOB);

        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenTimeElapses(Duration.ofMinutes(2))
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.RETRYING, "service unavailable"),
                        Dispatched.step(StepState.FAILED, "after 3 attempts"),
                        step(StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(SALES, "alias:sales@example.org"),
                        Dispatched.command(RecordMailAliasProvisioningFailedCommand.class,
                                f -> !f.leftover() && f.reason().contains("add the alias again"))));
        verify(server).removeAlias(SALES, BOB);
    }

    @Test
    void aPermanentFailureIsUndoneAndTheAddressReleased() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(server).addAlias(SALES, BOB);

        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.FAILED, "Stalwart refused to add the alias sales@example.org"),
                        step(StepState.COMPENSATED),
                        new ReleaseMailAddressCommand(SALES, ID.toString()),
                        Dispatched.command(RecordMailAliasProvisioningFailedCommand.class,
                                f -> !f.leftover() && f.reason().contains("refused"))));
    }

    @Test
    void anUndoThatFailsForGoodNeedsAttentionAndKeepsTheAddressClaimed() {
        doThrow(failure(AdapterException.Kind.CONFLICT)).when(server).addAlias(SALES, BOB);
        doThrow(failure(AdapterException.Kind.REJECTED)).when(server).removeAlias(SALES, BOB);
        // the look before giving up the add finds no alias of ours; the look before parking the undo finds it there
        when(server.hasAlias(SALES, BOB)).thenReturn(false, true);

        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.FAILED, "dezky did not create"),
                        Dispatched.step(StepState.NEEDS_ATTENTION, "may still be on bob@example.org"),
                        Dispatched.command(RecordMailAliasProvisioningFailedCommand.class, f -> f.leftover())));
    }

    @Test
    void theMembersRemovalRemovesTheAliasSayingWhy() {
        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailAliasProvisionedEvent(ID, TENANT, null))
                .whenAggregate(MEMBER.value()).publishes(new MemberRemovedEvent(MEMBER, TENANT, BOB, false, null))
                .expectDispatchedCommandsMatching(Dispatched.inOrder(Dispatched.command(RemoveMailAliasCommand.class,
                        c -> c.id().equals(ID) && c.operationId() != null && c.reason()
                                .equals("removed with member bob@example.org: the mailbox it delivered to is gone"))));
    }

    @Test
    void anotherMembersRemovalLeavesTheAliasAlone() {
        MemberId other = new MemberId("00000000-0000-4000-8000-000000000001");
        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailAliasProvisionedEvent(ID, TENANT, null))
                .whenAggregate(other.value()).publishes(new MemberRemovedEvent(other, TENANT,
                        new MailAddress("eve@example.org"), true, null))
                .expectNoDispatchedCommands();
    }

    @Test
    void aRemovalTakesTheAliasOffTheAccountAndReleasesTheAddress() {
        doNothing().when(server).removeAlias(SALES, BOB);
        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailAliasProvisionedEvent(ID, TENANT, null))
                .whenAggregate(AGGREGATE).publishes(new MailAliasRemovalRequestedEvent(ID, TENANT, MEMBER, BOB,
                        "removed with member bob@example.org: the member left this tenant", null))
                .expectDispatchedCommands(step(StepState.DONE), new ReleaseMailAddressCommand(SALES, ID.toString()),
                        new RecordMailAliasRemovedCommand(ID));
        verify(server).removeAlias(SALES, BOB);
    }

    @Test
    void aRemovalAfterTheSagaEndedStartsANewOne() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(new MailAliasRemovalRequestedEvent(ID, TENANT, MEMBER, BOB, null, null))
                .expectActiveSagas(1)
                .expectDispatchedCommands(step(StepState.DONE), new ReleaseMailAddressCommand(SALES, ID.toString()),
                        new RecordMailAliasRemovedCommand(ID));
    }

    @Test
    void aRemovalTheMailServerRefusesNeedsAttentionAndKeepsTheClaim() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(server).removeAlias(SALES, BOB);
        when(server.hasAlias(SALES, BOB)).thenReturn(true);
        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailAliasProvisionedEvent(ID, TENANT, null))
                .whenAggregate(AGGREGATE).publishes(new MailAliasRemovalRequestedEvent(ID, TENANT, MEMBER, BOB, null, null))
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.NEEDS_ATTENTION, "refused to remove"),
                        Dispatched.command(RecordMailAliasRemovalFailedCommand.class,
                                f -> f.reason().contains("remove the alias again"))));
    }

    @Test
    void aRemovalDuringARetryCancelsTheRetry() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(server).addAlias(SALES, BOB);
        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenAggregate(AGGREGATE).publishes(new MailAliasRemovalRequestedEvent(ID, TENANT, MEMBER, BOB,
                        "removed with member bob@example.org: the mailbox it delivered to is gone", null))
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(step(StepState.DONE), new ReleaseMailAddressCommand(SALES, ID.toString()),
                        new RecordMailAliasRemovedCommand(ID));
    }

    @Test
    void anAddThatRanOutOfAttemptsButFindsTheAliasOnTheAccountIsDone() {
        doThrow(failure(AdapterException.Kind.TRANSIENT)).when(server).addAlias(SALES, BOB);
        when(server.hasAlias(SALES, BOB)).thenReturn(true);

        fixture.givenAggregate(AGGREGATE).published(CREATED)
                .whenTimeElapses(Duration.ofMinutes(2))
                .expectDispatchedCommandsMatching(Dispatched.inOrder(
                        Dispatched.step(StepState.RETRYING, "service unavailable"),
                        new RecordMailAliasStepCommand(ID, new MailStep(StepState.DONE, 3, 3, null, null)),
                        new RecordMailAliasProvisionedCommand(ID)));
        verify(server, never()).removeAlias(SALES, BOB);
    }

    @Test
    void withStalwartSwitchedOffTheStepIsRecordedAsSkipped() {
        fixture.registerResource(SYSTEMS.withStalwart(SYSTEMS.stalwart().withEnabled(false)));
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(CREATED)
                .expectDispatchedCommands(new RecordMailAliasStepCommand(ID, new MailStep(StepState.SKIPPED, 0, 3,
                        "Stalwart provisioning is switched off", null)), new RecordMailAliasProvisionedCommand(ID));
    }

    @Test
    void theSagaEndsWhenTheAliasIsRemoved() {
        fixture.givenAggregate(AGGREGATE).published(CREATED, new MailAliasProvisionedEvent(ID, TENANT, null))
                .whenAggregate(AGGREGATE).publishes(new MailAliasRemovedEvent(ID, TENANT, null, null))
                .expectActiveSagas(0);
    }
}
