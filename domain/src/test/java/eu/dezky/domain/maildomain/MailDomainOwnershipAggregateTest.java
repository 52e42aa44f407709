package eu.dezky.domain.maildomain;

import eu.dezky.api.domain.AbandonMailDomainTakeoverCommand;
import eu.dezky.api.domain.AddMailDomainCommand;
import eu.dezky.api.domain.ContinueMailDomainReleaseCommand;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.ExpireMailDomainCommand;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainExpiryScheduledEvent;
import eu.dezky.api.domain.MailDomainExpiryWarnedEvent;
import eu.dezky.api.domain.MailDomainOwnershipProvenEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainReleaseReason;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainTakeoverAbandonedEvent;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;
import eu.dezky.api.domain.RecordMailDomainCheckCommand;
import eu.dezky.api.domain.RecordMailDomainRemovalRefusedCommand;
import eu.dezky.api.domain.ScheduleMailDomainExpiryCommand;
import eu.dezky.api.domain.TakeOverMailDomainCommand;
import eu.dezky.api.domain.WarnMailDomainExpiryCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static eu.dezky.domain.maildomain.MailDomainAggregateTest.code;

/** Who may keep a domain: provisional until its ownership record is seen, then the tenant's for good. */
class MailDomainOwnershipAggregateTest {

    static final DomainName DOMAIN = new DomainName("example.org");
    static final TenantId ACME = new TenantId("acme");
    static final TenantId OWNER = new TenantId("owner");
    static final String TOKEN = "tok_0123456789abcdef";
    static final String CLAIM = "claim_0123456789abcdef";
    static final Instant EXPIRES = Instant.parse("2026-12-13T10:00:00Z");
    static final MailDomainAddedEvent ADDED = new MailDomainAddedEvent(DOMAIN, ACME, TOKEN,
            new DmarcPolicy("none", null), "op-1");
    static final MailDomainProvisionedEvent PROVISIONED = new MailDomainProvisionedEvent(DOMAIN, ACME, "b",
            List.of(), null, "op-1");
    static final RecordCheck OWNERSHIP_OK = new RecordCheck(DnsRecordType.OWNERSHIP, "_dezky-verify.example.org",
            "dezky-verify=" + TOKEN, List.of("dezky-verify=" + TOKEN), RecordCheckStatus.OK, null);
    /** A takeover whose release removed the holder's users and now removes the domain itself. */
    static final MailDomainReleaseStartedEvent TAKEOVER_STARTED = new MailDomainReleaseStartedEvent(DOMAIN, ACME,
            MailDomainReleaseReason.TAKEN_OVER, OWNER, CLAIM, "op-acme", "op-owner", false);
    static final MailDomainRemovalRequestedEvent TAKEOVER_REMOVING = new MailDomainRemovalRequestedEvent(DOMAIN, ACME,
            "b", "op-acme");
    static final MailDomainCheckedEvent PROVEN_CHECK = new MailDomainCheckedEvent(DOMAIN, ACME, List.of(OWNERSHIP_OK),
            DomainStatus.VERIFIED, EXPIRES, EXPIRES, null);

    private FixtureConfiguration<MailDomainAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MailDomainAggregate.class);
    }

    @Test
    void aSecondTenantAddingAnUnprovenDomainIsToldItIsHeldUnverified() {
        fixture.given(ADDED, PROVISIONED)
                .when(new AddMailDomainCommand(DOMAIN, OWNER, CLAIM, "op-2"))
                .expectException(code("domain-held-unverified"));
    }

    @Test
    void aProvenDomainIsTakenAndTheAnswerPointsAtSupport() {
        fixture.given(ADDED, PROVISIONED, PROVEN_CHECK)
                .when(new AddMailDomainCommand(DOMAIN, OWNER, CLAIM, "op-2"))
                .expectException(code("domain-taken"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("support"));
    }

    @Test
    void theFirstCheckThatSeesTheOwnershipRecordProvesOwnership() {
        fixture.given(ADDED, PROVISIONED)
                .when(new RecordMailDomainCheckCommand(DOMAIN, List.of(OWNERSHIP_OK), EXPIRES, EXPIRES))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                org.axonframework.test.matchers.Matchers.equalTo(
                                        new MailDomainOwnershipProvenEvent(DOMAIN, ACME)))));
    }

    @Test
    void aTakeoverWithTheClaimantsRecordReleasesTheDomainFromItsHolder() {
        fixture.given(ADDED, PROVISIONED)
                .when(new TakeOverMailDomainCommand(DOMAIN, OWNER, CLAIM, true, "op-owner", "op-acme"))
                .expectEvents(new MailDomainReleaseStartedEvent(DOMAIN, ACME, MailDomainReleaseReason.TAKEN_OVER,
                        OWNER, CLAIM, "op-acme", "op-owner", false));
    }

    @Test
    void aTakeoverWithoutTheRecordIsRefused() {
        fixture.given(ADDED, PROVISIONED)
                .when(new TakeOverMailDomainCommand(DOMAIN, OWNER, CLAIM, false, "op-owner", "op-acme"))
                .expectException(code("ownership-not-proven"))
                .expectNoEvents();
    }

    @Test
    void aProvenDomainCannotBeTakenOverEvenWithARecord() {
        fixture.given(ADDED, PROVISIONED, PROVEN_CHECK)
                .when(new TakeOverMailDomainCommand(DOMAIN, OWNER, CLAIM, true, "op-owner", "op-acme"))
                .expectException(code("domain-taken"));
    }

    @Test
    void oneCannotTakeOverOnesOwnDomain() {
        fixture.given(ADDED, PROVISIONED)
                .when(new TakeOverMailDomainCommand(DOMAIN, ACME, CLAIM, true, "op-owner", "op-acme"))
                .expectException(code("domain-already-yours"));
    }

    @Test
    void anUnprovenDomainIsScheduledWarnedAndExpired() {
        fixture.given(ADDED, PROVISIONED)
                .when(new ScheduleMailDomainExpiryCommand(DOMAIN, EXPIRES))
                .expectEvents(new MailDomainExpiryScheduledEvent(DOMAIN, ACME, EXPIRES));
        fixture.given(ADDED, PROVISIONED, new MailDomainExpiryScheduledEvent(DOMAIN, ACME, EXPIRES))
                .when(new WarnMailDomainExpiryCommand(DOMAIN))
                .expectEvents(new MailDomainExpiryWarnedEvent(DOMAIN, ACME, EXPIRES));
        fixture.given(ADDED, PROVISIONED, new MailDomainExpiryScheduledEvent(DOMAIN, ACME, EXPIRES))
                .when(new ExpireMailDomainCommand(DOMAIN, "op-x"))
                .expectEvents(new MailDomainReleaseStartedEvent(DOMAIN, ACME, MailDomainReleaseReason.EXPIRED, null,
                        null, "op-x", null, false));
    }

    @Test
    void aLateExpiryOfAProvenDomainChangesNothing() {
        fixture.given(ADDED, PROVISIONED, new MailDomainExpiryScheduledEvent(DOMAIN, ACME, EXPIRES), PROVEN_CHECK)
                .when(new ExpireMailDomainCommand(DOMAIN, "op-x"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onceItsUsersAreGoneTheReleaseRemovesTheDomain() {
        fixture.given(ADDED, PROVISIONED, new MailDomainReleaseStartedEvent(DOMAIN, ACME,
                        MailDomainReleaseReason.EXPIRED, null, null, "op-x", null, false))
                .when(new ContinueMailDomainReleaseCommand(DOMAIN))
                .expectEvents(new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", "op-x", false));
    }

    @Test
    void aReleaseOfADomainStillBeingSetUpCancelsTheSetUp() {
        fixture.given(ADDED, new MailDomainReleaseStartedEvent(DOMAIN, ACME, MailDomainReleaseReason.EXPIRED, null,
                        null, "op-x", null, true))
                .when(new ContinueMailDomainReleaseCommand(DOMAIN))
                .expectEvents(new MailDomainRemovalRequestedEvent(DOMAIN, ACME, null, "op-x", true));
    }

    @Test
    void aRemovalRefusedDuringATakeoverNamesTheTakeoverSoItFailsToo() {
        fixture.given(ADDED, PROVISIONED, TAKEOVER_STARTED, TAKEOVER_REMOVING)
                .when(new RecordMailDomainRemovalRefusedCommand(DOMAIN, List.of("mailbox bob@example.org")))
                .expectEvents(new MailDomainRemovalRefusedEvent(DOMAIN, ACME, List.of("mailbox bob@example.org"),
                        DomainStatus.PENDING, "op-acme", "op-owner"));
    }

    @Test
    void aRemovalAfterARefusedTakeoverNamesNoTakeover() {
        fixture.given(ADDED, PROVISIONED, TAKEOVER_STARTED, TAKEOVER_REMOVING,
                        new MailDomainRemovalRefusedEvent(DOMAIN, ACME, List.of("mailbox bob@example.org"),
                                DomainStatus.PENDING, "op-acme", "op-owner"),
                        new MailDomainRemovalRequestedEvent(DOMAIN, ACME, "b", "op-rm"))
                .when(new RecordMailDomainRemovalRefusedCommand(DOMAIN, List.of("mailbox bob@example.org")))
                .expectEvents(new MailDomainRemovalRefusedEvent(DOMAIN, ACME, List.of("mailbox bob@example.org"),
                        DomainStatus.PENDING, "op-rm", null));
    }

    @Test
    void theClaimantsOwnRemovalLaterNamesNoTakeover() {
        fixture.given(ADDED, PROVISIONED, TAKEOVER_STARTED, TAKEOVER_REMOVING,
                        new MailDomainRemovedEvent(DOMAIN, ACME, "op-acme"),
                        new MailDomainAddedEvent(DOMAIN, OWNER, CLAIM, new DmarcPolicy("none", null), "op-owner"),
                        new MailDomainProvisionedEvent(DOMAIN, OWNER, "c", List.of(), null, "op-owner"),
                        new MailDomainRemovalRequestedEvent(DOMAIN, OWNER, "c", "op-rm"))
                .when(new RecordMailDomainRemovalRefusedCommand(DOMAIN, List.of("mailbox eve@example.org")))
                .expectEvents(new MailDomainRemovalRefusedEvent(DOMAIN, OWNER, List.of("mailbox eve@example.org"),
                        DomainStatus.PENDING, "op-rm", null));
    }

    @Test
    void aTakeoverWhoseAddWasRefusedIsAbandonedUnlessTheClaimantHoldsTheDomain() {
        MailDomainRemovedEvent removed = new MailDomainRemovedEvent(DOMAIN, ACME, "op-acme");
        AbandonMailDomainTakeoverCommand abandon = new AbandonMailDomainTakeoverCommand(DOMAIN, OWNER, "op-owner",
                "tenant owner is suspended");
        fixture.given(ADDED, PROVISIONED, TAKEOVER_STARTED, TAKEOVER_REMOVING, removed)
                .when(abandon)
                .expectEvents(new MailDomainTakeoverAbandonedEvent(DOMAIN, OWNER, "op-owner",
                        "tenant owner is suspended"));
        // a third tenant added it in between: still abandoned
        fixture.given(ADDED, PROVISIONED, TAKEOVER_STARTED, TAKEOVER_REMOVING, removed,
                        new MailDomainAddedEvent(DOMAIN, new TenantId("third"), "tok_x", new DmarcPolicy("none", null),
                                "op-3"))
                .when(abandon)
                .expectEvents(new MailDomainTakeoverAbandonedEvent(DOMAIN, OWNER, "op-owner",
                        "tenant owner is suspended"));
        // the add went through and only its answer was lost
        fixture.given(ADDED, PROVISIONED, TAKEOVER_STARTED, TAKEOVER_REMOVING, removed,
                        new MailDomainAddedEvent(DOMAIN, OWNER, CLAIM, new DmarcPolicy("none", null), "op-owner"))
                .when(abandon)
                .expectNoEvents();
    }
}
