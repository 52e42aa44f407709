package eu.dezky.domain.maildomain;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.AddMailDomainCommand;
import eu.dezky.api.domain.ChangeDmarcPolicyCommand;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;
import eu.dezky.api.domain.RecordMailDomainCheckCommand;
import eu.dezky.api.domain.RecordMailDomainProvisionedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningFailedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningSkippedCommand;
import eu.dezky.api.domain.RequestMailDomainCheckCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailDomainAggregateTest {

    static final DomainName DOMAIN = new DomainName("example.org");
    static final TenantId ACME = new TenantId("acme");
    private static final TenantId OTHER = new TenantId("globex");
    private static final String TOKEN = "tok_0123456789abcdef";
    private static final DmarcPolicy DEFAULT_DMARC = new DmarcPolicy("reject", "mailto:postmaster@example.org");
    private static final ExpectedDnsRecord MX = new ExpectedDnsRecord(DnsRecordType.MX, "example.org", "10 mail.dezky.test.");
    private static final ExpectedDnsRecord OWNERSHIP =
            new ExpectedDnsRecord(DnsRecordType.OWNERSHIP, "_dezky-verify.example.org", "dezky-verify=" + TOKEN);
    private static final ExpectedDnsRecord DMARC =
            new ExpectedDnsRecord(DnsRecordType.DMARC, "_dmarc.example.org", DEFAULT_DMARC.record());
    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private static final Instant NEXT = NOW.plusSeconds(900);

    static final MailDomainAddedEvent ADDED = new MailDomainAddedEvent(DOMAIN, ACME, TOKEN, DEFAULT_DMARC, null);
    static final MailDomainProvisionedEvent PROVISIONED =
            new MailDomainProvisionedEvent(DOMAIN, ACME, "b", List.of(MX, DMARC, OWNERSHIP), null, null);

    private FixtureConfiguration<MailDomainAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MailDomainAggregate.class);
    }

    static Matcher<RuleViolationException> code(String code) {
        return new CustomTypeSafeMatcher<>("a rule violation with code " + code) {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.code().equals(code);
            }
        };
    }

    private static RecordCheck check(ExpectedDnsRecord record, RecordCheckStatus status) {
        return new RecordCheck(record.type(), record.name(), record.value(), List.of(), status, "test");
    }

    static MailDomainCheckedEvent checked(DomainStatus status, RecordCheck... results) {
        return new MailDomainCheckedEvent(DOMAIN, ACME, List.of(results), status, NOW, NEXT, null);
    }

    @Test
    void addingADomainRecordsItWithTheDefaultDmarcPolicyThatStalwartPublishes() {
        fixture.givenNoPriorActivity()
                .when(new AddMailDomainCommand(DOMAIN, ACME, TOKEN, null))
                .expectEvents(ADDED);
        assertThat(DEFAULT_DMARC.record()).isEqualTo("v=DMARC1; p=reject; rua=mailto:postmaster@example.org");
    }

    @Test
    void addingALiveDomainAgainIsRejectedAsHeldWhileItsOwnershipIsUnproven() {
        fixture.given(ADDED)
                .when(new AddMailDomainCommand(DOMAIN, OTHER, TOKEN, null))
                .expectException(code("domain-held-unverified"))
                .expectNoEvents();
    }

    @Test
    void aRemovedDomainCanBeAddedAgainByAnyTenant() {
        fixture.given(ADDED, PROVISIONED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", null),
                        new MailDomainRemovedEvent(DOMAIN, ACME, null))
                .when(new AddMailDomainCommand(DOMAIN, OTHER, "tok_fedcba9876543210", null))
                .expectEvents(new MailDomainAddedEvent(DOMAIN, OTHER, "tok_fedcba9876543210", DEFAULT_DMARC, null));
    }

    @Test
    void provisioningRecordsTheServersRecordsWithOurDmarcAndOwnershipRecords() {
        ExpectedDnsRecord stalwartDmarc = new ExpectedDnsRecord(DnsRecordType.DMARC, "_dmarc.example.org", "v=DMARC1; p=none");
        fixture.given(ADDED, new DmarcPolicyChangedEvent(DOMAIN, ACME, new DmarcPolicy("quarantine", null)))
                .when(new RecordMailDomainProvisionedCommand(DOMAIN, "b", List.of(MX, stalwartDmarc)))
                .expectEvents(new MailDomainProvisionedEvent(DOMAIN, ACME, "b", List.of(MX,
                        new ExpectedDnsRecord(DnsRecordType.DMARC, "_dmarc.example.org", "v=DMARC1; p=quarantine"),
                        OWNERSHIP), null, null));
    }

    @Test
    void aSkippedProvisioningExpectsTheOwnershipRecordOnly() {
        fixture.given(ADDED)
                .when(new RecordMailDomainProvisioningSkippedCommand(DOMAIN, "switched off"))
                .expectEvents(new MailDomainProvisionedEvent(DOMAIN, ACME, null, List.of(OWNERSHIP), "switched off", null));
    }

    @Test
    void aRepeatedProvisioningReportChangesNothing() {
        fixture.given(ADDED, PROVISIONED)
                .when(new RecordMailDomainProvisionedCommand(DOMAIN, "b", List.of(MX)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFailedProvisioningIsRecordedWithItsReason() {
        fixture.given(ADDED)
                .when(new RecordMailDomainProvisioningFailedCommand(DOMAIN, "Stalwart refused"))
                .expectEvents(new MailDomainProvisioningFailedEvent(DOMAIN, ACME, "Stalwart refused", null));
    }

    @Test
    void allRecordsOkVerifiesThePendingDomain() {
        fixture.given(ADDED, PROVISIONED)
                .when(new RecordMailDomainCheckCommand(DOMAIN, List.of(check(MX, RecordCheckStatus.OK)), NOW, NEXT))
                .expectEvents(checked(DomainStatus.VERIFIED, check(MX, RecordCheckStatus.OK)),
                        new MailDomainStatusChangedEvent(DOMAIN, ACME, DomainStatus.PENDING, DomainStatus.VERIFIED));
    }

    @Test
    void aMissingRecordKeepsANeverVerifiedDomainPendingWithoutAStatusChange() {
        fixture.given(ADDED, PROVISIONED)
                .when(new RecordMailDomainCheckCommand(DOMAIN, List.of(check(MX, RecordCheckStatus.MISSING)), NOW, NEXT))
                .expectEvents(checked(DomainStatus.PENDING, check(MX, RecordCheckStatus.MISSING)));
    }

    @Test
    void aVerifiedDomainWhoseMxDisappearsNeedsAttention() {
        fixture.given(ADDED, PROVISIONED, checked(DomainStatus.VERIFIED, check(MX, RecordCheckStatus.OK)))
                .when(new RecordMailDomainCheckCommand(DOMAIN, List.of(check(MX, RecordCheckStatus.MISSING)), NOW, NEXT))
                .expectEvents(checked(DomainStatus.NEEDS_ATTENTION, check(MX, RecordCheckStatus.MISSING)),
                        new MailDomainStatusChangedEvent(DOMAIN, ACME, DomainStatus.VERIFIED, DomainStatus.NEEDS_ATTENTION));
    }

    @Test
    void aDomainThatNeededAttentionIsVerifiedAgainOnceFixed() {
        fixture.given(ADDED, PROVISIONED, checked(DomainStatus.VERIFIED), checked(DomainStatus.NEEDS_ATTENTION))
                .when(new RecordMailDomainCheckCommand(DOMAIN, List.of(check(MX, RecordCheckStatus.OK)), NOW, NEXT))
                .expectEvents(checked(DomainStatus.VERIFIED, check(MX, RecordCheckStatus.OK)),
                        new MailDomainStatusChangedEvent(DOMAIN, ACME, DomainStatus.NEEDS_ATTENTION, DomainStatus.VERIFIED));
    }

    @Test
    void failedLookupsDoNotChangeTheStatus() {
        fixture.given(ADDED, PROVISIONED, checked(DomainStatus.VERIFIED))
                .when(new RecordMailDomainCheckCommand(DOMAIN, List.of(check(MX, RecordCheckStatus.OK),
                        check(DMARC, RecordCheckStatus.LOOKUP_FAILED)), NOW, NEXT))
                .expectEvents(checked(DomainStatus.VERIFIED, check(MX, RecordCheckStatus.OK),
                        check(DMARC, RecordCheckStatus.LOOKUP_FAILED)));
    }

    @Test
    void aCheckArrivingDuringRemovalIsDropped() {
        fixture.given(ADDED, PROVISIONED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", null))
                .when(new RecordMailDomainCheckCommand(DOMAIN, List.of(check(MX, RecordCheckStatus.OK)), NOW, NEXT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRecheckCanBeRequestedOnceProvisioned() {
        fixture.given(ADDED, PROVISIONED)
                .when(new RequestMailDomainCheckCommand(DOMAIN, ACME, null))
                .expectEvents(new MailDomainCheckRequestedEvent(DOMAIN, ACME, null));
    }

    @Test
    void aRecheckWhileProvisioningIsRefused() {
        fixture.given(ADDED)
                .when(new RequestMailDomainCheckCommand(DOMAIN, ACME, null))
                .expectException(code("domain-not-checkable"))
                .expectExceptionMessage("example.org cannot be checked while it is provisioning");
    }

    @Test
    void anotherTenantsDomainDoesNotExistForTheCaller() {
        fixture.given(ADDED, PROVISIONED)
                .when(new RequestMailDomainCheckCommand(DOMAIN, OTHER, null))
                .expectException(code("domain-not-found"))
                .expectExceptionMessage("no mail domain example.org for tenant globex")
                .expectNoEvents();
    }

    @Test
    void aRemovedDomainDoesNotExistForItsFormerOwner() {
        fixture.given(ADDED, PROVISIONED, new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", null),
                        new MailDomainRemovedEvent(DOMAIN, ACME, null))
                .when(new ChangeDmarcPolicyCommand(DOMAIN, ACME, new DmarcPolicy("none", null)))
                .expectException(code("domain-not-found"))
                .expectExceptionMessage("no mail domain example.org for tenant acme");
    }

    @Test
    void changingTheDmarcPolicyRecordsIt() {
        DmarcPolicy quarantine = new DmarcPolicy("quarantine", "mailto:dmarc@example.org");
        fixture.given(ADDED, PROVISIONED)
                .when(new ChangeDmarcPolicyCommand(DOMAIN, ACME, quarantine))
                .expectEvents(new DmarcPolicyChangedEvent(DOMAIN, ACME, quarantine));
    }

    @Test
    void settingTheSameDmarcPolicyAgainChangesNothing() {
        fixture.given(ADDED, PROVISIONED)
                .when(new ChangeDmarcPolicyCommand(DOMAIN, ACME, DEFAULT_DMARC))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
