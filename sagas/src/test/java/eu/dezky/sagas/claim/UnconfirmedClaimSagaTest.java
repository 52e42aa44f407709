package eu.dezky.sagas.claim;

import eu.dezky.api.claim.ConfirmMailAddressClaimCommand;
import eu.dezky.api.claim.ExpireMailAddressClaimCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimConfirmedEvent;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/** A provisional address claim is confirmed by its member's creation or expired after the window. */
class UnconfirmedClaimSagaTest {

    static final MemberId ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final TenantId ACME = new TenantId("acme");
    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MailAddressClaimedEvent PROVISIONAL = new MailAddressClaimedEvent(BOB, ACME, ID.value(), true);

    private SagaTestFixture<UnconfirmedClaimSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(UnconfirmedClaimSaga.class);
        fixture.registerResource(new ClaimSettings(Duration.ofMinutes(10)));
    }

    @Test
    void aProvisionalClaimWaitsForItsMember() {
        fixture.givenNoPriorActivity()
                .whenAggregate(BOB.value()).publishes(PROVISIONAL)
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(Duration.ofMinutes(10), UnconfirmedClaimSaga.EXPIRE)
                .expectNoDispatchedCommands();
    }

    @Test
    void aClaimWhoseMemberNeverCameIsExpired() {
        fixture.givenAggregate(BOB.value()).published(PROVISIONAL)
                .whenTimeElapses(Duration.ofMinutes(11))
                .expectDispatchedCommands(new ExpireMailAddressClaimCommand(BOB, ID.value()))
                .expectActiveSagas(0);
    }

    @Test
    void theMembersCreationConfirmsTheClaim() {
        fixture.givenAggregate(BOB.value()).published(PROVISIONAL)
                .whenAggregate(ID.value()).publishes(new MemberCreatedEvent(ID, ACME, "Bob", new Username("bob"),
                        MemberRole.MEMBER, BOB, "ref", null))
                .expectDispatchedCommands(new ConfirmMailAddressClaimCommand(BOB, ID.value()));
    }

    @Test
    void aConfirmedClaimEndsTheWatchAndNothingExpires() {
        fixture.givenAggregate(BOB.value()).published(PROVISIONAL)
                .whenAggregate(BOB.value()).publishes(new MailAddressClaimConfirmedEvent(BOB, ACME, ID.value()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aReleasedClaimEndsTheWatch() {
        fixture.givenAggregate(BOB.value()).published(PROVISIONAL)
                .whenAggregate(BOB.value()).publishes(new MailAddressReleasedEvent(BOB, ACME, ID.value()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aPlainClaimIsNotWatched() {
        fixture.givenNoPriorActivity()
                .whenAggregate(BOB.value()).publishes(new MailAddressClaimedEvent(BOB, ACME, "alias-1"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
