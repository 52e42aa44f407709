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
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The setup saga's branches against a mocked client, where the exact failure sequence matters. */
class MailDomainSetupSagaTest {

    static final DomainName DOMAIN = new DomainName("example.org");
    static final TenantId ACME = new TenantId("acme");
    static final String TOKEN = "tok_0123456789abcdef";
    static final MailDomainAddedEvent ADDED = new MailDomainAddedEvent(DOMAIN, ACME, TOKEN,
            new DmarcPolicy("reject", "mailto:postmaster@example.org"), null);
    static final DomainSagaSettings SETTINGS = DomainSagaSettings.defaults().withRetryJitter(0);

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

    private final StalwartClient stalwart = mock(StalwartClient.class);
    private SagaTestFixture<MailDomainSetupSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(MailDomainSetupSaga.class);
        fixture.registerResource(stalwart);
        fixture.registerResource(SETTINGS);
    }

    static AdapterException transientFailure(Duration retryAfter) {
        return new AdapterException(AdapterException.Kind.TRANSIENT, "stalwart", 503, "service unavailable", retryAfter, null);
    }

    private void stalwartReady() {
        when(stalwart.createOrAdoptDomain("example.org")).thenReturn(new StalwartDomain("b", "example.org", true, null));
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of(KEY));
        when(stalwart.getDomain("b")).thenReturn(new StalwartDomain("b", "example.org", true, ZONE));
    }

    @Test
    void aRegisteredDomainReportsTheZoneFilesRecordsPlusTheOwnershipToken() {
        stalwartReady();
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(new RecordMailDomainProvisionedCommand(DOMAIN, "b", EXPECTED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theSagaEndsOnceTheOutcomeIsRecorded() {
        stalwartReady();
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainProvisionedEvent(DOMAIN, ACME, "b", EXPECTED, null, null))
                .expectActiveSagas(0);
    }

    @Test
    void theSagaEndsWhenTheFailureIsRecorded() {
        stalwartReady();
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainProvisioningFailedEvent(DOMAIN, ACME, "x", null))
                .expectActiveSagas(0);
    }

    @Test
    void switchedOffStalwartIsRecordedAsSkippedWithoutCallingIt() {
        fixture.registerResource(SETTINGS.withStalwartEnabled(false));
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectDispatchedCommandsMatching(OnlyCommand.of(RecordMailDomainProvisioningSkippedCommand.class,
                        c -> c.reason().contains("STALWART_PROVISIONING_ENABLED=false")));
        org.mockito.Mockito.verifyNoInteractions(stalwart);
    }

    @Test
    void aTransientFailureIsRetriedOnADeadlineHonouringRetryAfter() {
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(Duration.ofMinutes(2)));
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Duration.ofMinutes(2), MailDomainSetupSaga.RETRY);
    }

    @Test
    void backoffDoublesFromTheBaseWhenTheServerNamesNoDelay() {
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(null));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(60), MailDomainSetupSaga.RETRY);
    }

    @Test
    void aTransientFailureThenSuccessRecordsTheDomain() {
        stalwartReady();
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(null))
                .thenReturn(new StalwartDomain("b", "example.org", true, null));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectDispatchedCommands(new RecordMailDomainProvisionedCommand(DOMAIN, "b", EXPECTED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void exhaustedRetriesAreRecordedAsAFailureNamingTheLastError() {
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(transientFailure(null));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofDays(1))
                .expectDispatchedCommands(new RecordMailDomainProvisioningFailedCommand(DOMAIN, "Stalwart could not"
                        + " register example.org after 8 attempts (last: service unavailable); check that Stalwart is"
                        + " reachable, then remove the domain here and add it again"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRejectionFailsAtOnceWithStalwartsReason() {
        when(stalwart.createOrAdoptDomain("example.org")).thenThrow(AdapterException.of(AdapterException.Kind.REJECTED,
                "stalwart", "forbidden: sysDomainCreate"));
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectDispatchedCommands(new RecordMailDomainProvisioningFailedCommand(DOMAIN, "Stalwart refused to"
                        + " register example.org: forbidden: sysDomainCreate; fix the cause (credentials, permissions"
                        + " or the name), then remove the domain and add it again"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theSagaWaitsForDkimKeysOnADeadlineWithoutCreatingTheDomainAgain() {
        stalwartReady();
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of()).thenReturn(List.of(KEY));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(SETTINGS.dkimWaitInterval())
                .expectDispatchedCommands(new RecordMailDomainProvisionedCommand(DOMAIN, "b", EXPECTED));
        org.mockito.Mockito.verify(stalwart, org.mockito.Mockito.times(1)).createOrAdoptDomain(anyString());
    }

    @Test
    void noDkimKeysYetSchedulesTheNextLook() {
        stalwartReady();
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of());
        fixture.givenNoPriorActivity()
                .whenAggregate(DOMAIN.value()).publishes(ADDED)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(SETTINGS.dkimWaitInterval(), MailDomainSetupSaga.DKIM_WAIT);
    }

    @Test
    void dkimKeysThatNeverAppearFailTheSetupWithAHint() {
        stalwartReady();
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of());
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofHours(1))
                .expectDispatchedCommandsMatching(OnlyCommand.of(RecordMailDomainProvisioningFailedCommand.class,
                        c -> c.reason().startsWith("Stalwart has not generated DKIM keys for example.org after 20 looks")))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aFailureAfterTheDomainWasCreatedRemovesItFromStalwartAgain() {
        stalwartReady();
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of());
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofHours(1));
        org.mockito.Mockito.verify(stalwart).destroyDomainWithDkimKeys("b");
    }

    @Test
    void aCompensationThatFailsIsNamedInTheReason() {
        stalwartReady();
        when(stalwart.listDkimSignatures("b")).thenReturn(List.of());
        org.mockito.Mockito.doThrow(transientFailure(null)).when(stalwart).destroyDomainWithDkimKeys("b");
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(Duration.ofHours(1))
                .expectDispatchedCommandsMatching(OnlyCommand.of(RecordMailDomainProvisioningFailedCommand.class,
                        c -> c.reason().endsWith("(the domain could not be removed from Stalwart again, id b:"
                                + " service unavailable; an operator must delete it there)")));
    }

    @Test
    void aDomainDeletedInStalwartMidwayIsCreatedAgainOnTheRetry() {
        stalwartReady();
        when(stalwart.listDkimSignatures("b"))
                .thenThrow(AdapterException.of(AdapterException.Kind.NOT_FOUND, "stalwart", "x:Domain b not found"))
                .thenReturn(List.of(KEY));
        fixture.givenAggregate(DOMAIN.value()).published(ADDED)
                .whenTimeElapses(SETTINGS.retryBaseBackoff())
                .expectDispatchedCommands(new RecordMailDomainProvisionedCommand(DOMAIN, "b", EXPECTED));
        org.mockito.Mockito.verify(stalwart, org.mockito.Mockito.times(2)).createOrAdoptDomain("example.org");
    }

    @Test
    void theDefaultBackoffGrowsExponentiallyUpToTheCeilingAndHonoursRetryAfter() {
        assertThat(SETTINGS.backoff().delay(1, null, 0.9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SETTINGS.backoff().delay(3, null, 0.9)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SETTINGS.backoff().delay(10, null, 0.9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SETTINGS.backoff().delay(1, Duration.ofMinutes(5), 0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(DomainSagaSettings.defaults().backoff().delay(1, null, 0.5)).isEqualTo(Duration.ofSeconds(33));
    }
}
