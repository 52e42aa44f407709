package eu.dezky.sagas.domain;

import eu.dezky.adapters.dns.CheckStatus;
import eu.dezky.adapters.dns.DnsVerifier;
import eu.dezky.adapters.dns.ExpectedRecords;
import eu.dezky.adapters.dns.RecordCheck;
import eu.dezky.adapters.dns.RecordKind;
import eu.dezky.adapters.dns.VerificationReport;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.RecordMailDomainCheckCommand;
import eu.dezky.sagas.SagaFixtures;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.ACME;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.DOMAIN;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.EXPECTED;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.SETTINGS;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The verification saga with a test double of the DNS verifier: fixture tests have no DNS server. The real verifier
 * is tested against a real knot server in adapters, and the component tests run both together.
 */
class MailDomainVerificationSagaTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private static final Duration PENDING = SETTINGS.recheckPending();
    private static final Duration VERIFIED = SETTINGS.recheckVerified();
    private static final MailDomainProvisionedEvent PROVISIONED =
            new MailDomainProvisionedEvent(DOMAIN, ACME, "b", EXPECTED, null, null);

    private final DnsVerifier verifier = mock(DnsVerifier.class);
    private SagaTestFixture<MailDomainVerificationSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MailDomainVerificationSaga.class, verifier, SETTINGS);
    }

    /** A report giving every expected record the same outcome. */
    private static VerificationReport all(CheckStatus status) {
        List<RecordCheck> checks = EXPECTED.stream().map(r -> new RecordCheck(RecordKind.valueOf(r.type().name()),
                r.name(), r.value(), List.of(), status, "test")).toList();
        return VerificationReport.of(DOMAIN.value(), checks);
    }

    private static RecordMailDomainCheckCommand recorded(VerificationReport report, Instant at, Duration next) {
        return new RecordMailDomainCheckCommand(DOMAIN, DnsRecordMapping.toContract(report), at, at.plus(next));
    }

    @Test
    void aProvisionedDomainIsCheckedAtOnceAndAgainSoonWhileRecordsAreMissing() {
        when(verifier.verify(any())).thenReturn(all(CheckStatus.MISSING));
        fixture.givenCurrentTime(NOW)
                .whenAggregate(DOMAIN.value()).publishes(PROVISIONED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(recorded(all(CheckStatus.MISSING), NOW, PENDING))
                .expectScheduledDeadlineWithName(PENDING, MailDomainVerificationSaga.RECHECK);
    }

    @Test
    void aVerifiedDomainIsRecheckedDaily() {
        when(verifier.verify(any())).thenReturn(all(CheckStatus.OK));
        fixture.givenCurrentTime(NOW)
                .whenAggregate(DOMAIN.value()).publishes(PROVISIONED)
                .expectDispatchedCommands(recorded(all(CheckStatus.OK), NOW, VERIFIED))
                .expectScheduledDeadlineWithName(VERIFIED, MailDomainVerificationSaga.RECHECK);
    }

    @Test
    void theDeadlineRunsTheNextCheckAndSchedulesTheOneAfter() {
        when(verifier.verify(any())).thenReturn(all(CheckStatus.MISSING)).thenReturn(all(CheckStatus.OK));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(DOMAIN.value()).published(PROVISIONED)
                .whenTimeElapses(PENDING)
                .expectDispatchedCommands(recorded(all(CheckStatus.OK), NOW.plus(PENDING), VERIFIED))
                .expectScheduledDeadlineWithName(VERIFIED, MailDomainVerificationSaga.RECHECK);
    }

    @Test
    void aRequestedCheckRunsNowAndReplacesTheScheduledOne() throws Exception {
        when(verifier.verify(any())).thenReturn(all(CheckStatus.MISSING));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(DOMAIN.value()).published(PROVISIONED)
                .andThenTimeElapses(Duration.ofMinutes(5))
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainCheckRequestedEvent(DOMAIN, ACME, null))
                .expectDispatchedCommands(recorded(all(CheckStatus.MISSING), NOW.plus(Duration.ofMinutes(5)), PENDING))
                .expectScheduledDeadlineWithName(PENDING, MailDomainVerificationSaga.RECHECK)
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(10), MailDomainVerificationSaga.RECHECK);
    }

    @Test
    void failedLookupsKeepAVerifiedDomainOnTheDailyPace() {
        when(verifier.verify(any())).thenReturn(all(CheckStatus.OK)).thenReturn(all(CheckStatus.LOOKUP_FAILED));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(DOMAIN.value()).published(PROVISIONED, new MailDomainCheckedEvent(DOMAIN, ACME,
                        List.of(), DomainStatus.VERIFIED, NOW, NOW.plus(VERIFIED), null))
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainCheckRequestedEvent(DOMAIN, ACME, null))
                .expectDispatchedCommands(recorded(all(CheckStatus.LOOKUP_FAILED), NOW, VERIFIED));
    }

    @Test
    void aChangedDmarcPolicyIsWhatTheNextCheckExpects() {
        when(verifier.verify(any())).thenReturn(all(CheckStatus.OK));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(DOMAIN.value()).published(PROVISIONED,
                        new DmarcPolicyChangedEvent(DOMAIN, ACME, new DmarcPolicy("none", null)))
                .whenTimeElapses(VERIFIED)
                .expectDispatchedCommands(recorded(all(CheckStatus.OK), NOW.plus(VERIFIED), VERIFIED));
        ArgumentCaptor<ExpectedRecords> asked = ArgumentCaptor.forClass(ExpectedRecords.class);
        verify(verifier, times(2)).verify(asked.capture());
        assertThat(asked.getAllValues().get(1).ofKind(RecordKind.DMARC)).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("v=DMARC1; p=none"));
        assertThat(asked.getAllValues().get(1).records()).hasSize(EXPECTED.size());
    }

    @Test
    void withoutAMailServerNoDmarcRecordIsExpectedEvenAfterAPolicyChange() {
        ExpectedDnsRecord ownership = new ExpectedDnsRecord(DnsRecordType.OWNERSHIP, "_dezky-verify.example.org",
                "dezky-verify=" + TOKEN);
        when(verifier.verify(any())).thenReturn(all(CheckStatus.MISSING));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(DOMAIN.value()).published(
                        new MailDomainProvisionedEvent(DOMAIN, ACME, null, List.of(ownership), "switched off", null),
                        new DmarcPolicyChangedEvent(DOMAIN, ACME, new DmarcPolicy("none", null)))
                .whenTimeElapses(PENDING);
        ArgumentCaptor<ExpectedRecords> asked = ArgumentCaptor.forClass(ExpectedRecords.class);
        verify(verifier, times(2)).verify(asked.capture());
        assertThat(asked.getAllValues().get(1).records()).extracting(r -> r.kind()).containsExactly(RecordKind.OWNERSHIP);
    }

    @Test
    void removalEndsTheSagaAndCancelsTheRecheck() {
        when(verifier.verify(any())).thenReturn(all(CheckStatus.OK));
        fixture.givenCurrentTime(NOW)
                .andThenAggregate(DOMAIN.value()).published(PROVISIONED)
                .whenAggregate(DOMAIN.value()).publishes(new MailDomainRemovedEvent(DOMAIN, ACME, null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }
}
