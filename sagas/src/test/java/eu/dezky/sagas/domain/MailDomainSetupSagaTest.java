package eu.dezky.sagas.domain;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.DkimSignature;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.adapters.stalwart.StalwartDomain;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.RecordMailDomainProvisionedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningFailedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningSkippedCommand;
import eu.dezky.api.domain.RecordMailDomainStepCommand;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.TestSystems;
import eu.dezky.sagas.steps.ExternalSystems;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import eu.dezky.sagas.steps.StepSaga;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The setup saga's branches against a mocked client, where the exact failure sequence matters. */
class MailDomainSetupSagaTest {

    static final DomainName DOMAIN = new DomainName("example.org");
    static final TenantId ACME = new TenantId("acme");
    static final String TOKEN = "tok_0123456789abcdef";
    static final MailDomainAddedEvent ADDED = new MailDomainAddedEvent(DOMAIN, ACME, TOKEN,
            new DmarcPolicy("reject", "mailto:postmaster@example.org"), null);
    static final DomainSagaSettings SETTINGS = DomainSagaSettings.defaults();
    static final ExternalSystems SYSTEMS = TestSystems.withAttempts(8);

    static final String ZONE = """
            example.org. IN MX 10 mail.dezky.test.
            example.org. IN TXT "v=spf1 mx -all"
            202611e._domainkey.example.org. IN TXT "v=DKIM1; k=ed25519; p=MCowBQYDK2VwAyEA"
            _dmarc.example.org. IN TXT "v=DMARC1; p=reject; rua=mailto:postmaster@example.org"
            """;
    static final List<ExpectedDnsRecord> EXPECTED = List.of(
            new ExpectedDnsRecord(DnsRecordType.MX, "example.org", "10 mail.dezky.test."),
            new ExpectedDnsRecord(DnsRecordType.SPF, "example.org", "v=spf1 mx -all"),
            new ExpectedDnsRecord(DnsRecordType.DKIM, "202611e._domainkey.example.org", "v=DKIM1; k=ed25519; p=MCowBQYDK2VwAyEA"),
            new ExpectedDnsRecord(DnsRecordType.DMARC, "_dmarc.example.org", "v=DMARC1; p=reject; rua=mailto:postmaster@example.org"),
            new ExpectedDnsRecord(DnsRecordType.OWNERSHIP, "_dezky-verify.example.org", "dezky-verify=" + TOKEN));
    static final DkimSignature KEY = new DkimSignature("k", "b", "Dkim1Ed25519Sha256", "202611e", "active", "MCow");
    static final StalwartDomain REGISTERED = new StalwartDomain("b", "example.org", true, null);

    private final StalwartClient stalwart = mock(StalwartClient.class);
    private SagaTestFixture<MailDomainSetupSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MailDomainSetupSaga.class, stalwart, SETTINGS, SYSTEMS);
    }

    static AdapterException transientFailure(Duration retryAfter) {
        return new AdapterException(AdapterException.Kind.TRANSIENT, "stalwart", 503, "service unavailable", retryAfter, null);
    }

    static RecordMailDomainStepCommand step(StepState state, int attempt, String detail, Instant next) {
        return new RecordMailDomainStepCommand(DOMAIN, new MailStep(state, attempt, 8, detail, next));
    }

    /** Stalwart has the domain, its DKIM key and its zone file. */
    static void stalwartReady(StalwartClient stalwart) {
        when(stalwart.createOrAdoptDomain("example.org")).thenReturn(REGISTERED);
        when(stalwart.findDomain("example.org")).thenReturn(Optional.of(REGISTERED));
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of(KEY));
        when(stalwart.getDomain("b")).thenReturn(new StalwartDomain("b", "example.org", true, ZONE));
    }

    @Test
    void aRegisteredDomainReportsTheZoneFilesRecordsPlusTheOwnershipToken() {
        stalwartReady(stalwart);
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(step(StepState.DONE, 0, null, null),
                        new RecordMailDomainProvisionedCommand(DOMAIN, "b", EXPECTED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theSagaEndsOnceTheOutcomeIsRecorded() {
        stalwartReady(stalwart);
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainProvisionedEvent(DOMAIN, ACME, "b", EXPECTED, null, null))
                .expectActiveSagas(0);
    }

    @Test
    void theSagaEndsWhenTheFailureIsRecorded() {
        stalwartReady(stalwart);
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainProvisioningFailedEvent(DOMAIN, ACME, "x", null))
                .expectActiveSagas(0);
    }

    @Test
    void switchedOffStalwartIsRecordedAsSkippedWithoutCallingIt() {
        fixture.registerResource(SYSTEMS.withStalwart(SYSTEMS.stalwart().withEnabled(false)));
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectDispatchedCommandsMatching(OnlyOutcome.of(RecordMailDomainProvisioningSkippedCommand.class,
                        c -> c.reason().contains("STALWART_PROVISIONING_ENABLED=false")))
                .expectDispatchedCommandsMatching(OnlyOutcome.reported(step(StepState.SKIPPED, 0,
                        "Stalwart provisioning is switched off", null)));
        verifyNoInteractions(stalwart);
    }

    @Test
    void aTransientFailureIsRetriedOnADeadlineHonouringRetryAfter() {
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(Duration.ofMinutes(2)));
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectDispatchedCommands(step(StepState.RETRYING, 1, "service unavailable",
                        fixture.currentTime().plus(Duration.ofMinutes(2))))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(2), StepSaga.retryDeadlineOf(MailDomainSetupSaga.class));
    }

    @Test
    void backoffDoublesFromTheBaseWhenTheServerNamesNoDelay() {
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(null));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(60), StepSaga.retryDeadlineOf(MailDomainSetupSaga.class));
    }

    @Test
    void aTransientFailureThenSuccessRecordsTheDomain() {
        stalwartReady(stalwart);
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(null)).thenReturn(REGISTERED);
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectDispatchedCommands(step(StepState.DONE, 1, null, null),
                        new RecordMailDomainProvisionedCommand(DOMAIN, "b", EXPECTED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void exhaustedRetriesAreRecordedAsAFailureNamingTheLastError() {
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(null));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofDays(1))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainProvisioningFailedCommand(DOMAIN,
                        "Stalwart could not register example.org after 8 attempts (last: it had an internal error (HTTP"
                                + " 503)); check"
                                + " that Stalwart is reachable, then remove the domain here and add it again")))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRegistrationWhoseAnswerWasLostIsFoundByItsNameAndUndone() {
        // Stalwart created the domain, every answer got lost: the saga never learnt the id
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(null));
        when(stalwart.findDomain("example.org")).thenReturn(Optional.of(REGISTERED));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofDays(1))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(RecordMailDomainProvisioningFailedCommand.class,
                        c -> c.reason().startsWith("Stalwart could not register example.org after 8 attempts")))
                .expectDispatchedCommandsMatching(OnlyOutcome.reported(step(StepState.COMPENSATED, 0, null, null)));
        verify(stalwart).destroyDomainWithDkimKeys("b");
    }

    @Test
    void aRejectionFailsAtOnceWithStalwartsReason() {
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(AdapterException.of(AdapterException.Kind.REJECTED,
                "stalwart", "forbidden: sysDomainCreate"));
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectDispatchedCommandsMatching(OnlyOutcome.of(new RecordMailDomainProvisioningFailedCommand(DOMAIN,
                        "Stalwart refused to register example.org: forbidden: sysDomainCreate; fix the cause"
                                + " (credentials, permissions or the name), then remove the domain and add it again")))
                .expectNoScheduledDeadlines();
        verify(stalwart, never()).destroyDomainWithDkimKeys(anyString());
    }

    @Test
    void theSagaWaitsForDkimKeysOnADeadlineWithoutCreatingTheDomainAgain() {
        stalwartReady(stalwart);
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of()).thenReturn(List.of(KEY));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(SETTINGS.dkimWaitInterval())
                .expectDispatchedCommands(step(StepState.DONE, 0, null, null),
                        new RecordMailDomainProvisionedCommand(DOMAIN, "b", EXPECTED));
        verify(stalwart, times(1)).createOrAdoptDomain(anyString());
    }

    @Test
    void noDkimKeysYetSchedulesTheNextLookWithoutCountingAnAttempt() {
        stalwartReady(stalwart);
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of());
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectDispatchedCommands(step(StepState.RETRYING, 0, "waiting for Stalwart to generate the DKIM keys"
                        + " of example.org", fixture.currentTime().plus(SETTINGS.dkimWaitInterval())))
                .expectScheduledDeadlineWithName(SETTINGS.dkimWaitInterval(), StepSaga.retryDeadlineOf(MailDomainSetupSaga.class));
    }

    @Test
    void dkimKeysThatNeverAppearFailTheSetupWithAHintAndRemoveTheDomainFromStalwartAgain() {
        stalwartReady(stalwart);
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of());
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofHours(1))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(RecordMailDomainProvisioningFailedCommand.class,
                        c -> c.reason().startsWith("Stalwart has not generated DKIM keys for example.org after 20 looks")))
                .expectNoScheduledDeadlines();
        verify(stalwart).destroyDomainWithDkimKeys("b");
    }

    @Test
    void aCompensationThatKeepsFailingIsNamedInTheReason() {
        stalwartReady(stalwart);
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of());
        doThrow(transientFailure(null)).when(stalwart).destroyDomainWithDkimKeys("b");
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofHours(2))
                .expectDispatchedCommandsMatching(OnlyOutcome.of(RecordMailDomainProvisioningFailedCommand.class,
                        c -> c.reason().endsWith("(the domain could not be removed from Stalwart again, id b:"
                                + " it had an internal error (HTTP 503); an operator must delete it there)")));
        verify(stalwart, times(8)).destroyDomainWithDkimKeys("b");
    }

    @Test
    void aDomainDeletedInStalwartMidwayIsCreatedAgainOnTheRetry() {
        stalwartReady(stalwart);
        when(stalwart.listDkimSignatures("b"))
                .thenThrow(AdapterException.of(AdapterException.Kind.NOT_FOUND, "stalwart", "x:Domain b not found"))
                .thenReturn(List.of(KEY));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectDispatchedCommands(step(StepState.DONE, 1, null, null),
                        new RecordMailDomainProvisionedCommand(DOMAIN, "b", EXPECTED));
        verify(stalwart, times(2)).createOrAdoptDomain("example.org");
    }
}
