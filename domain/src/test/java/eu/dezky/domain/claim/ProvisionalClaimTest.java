package eu.dezky.domain.claim;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.ConfirmMailAddressClaimCommand;
import eu.dezky.api.claim.ExpireMailAddressClaimCommand;
import eu.dezky.api.claim.MailAddressClaimConfirmedEvent;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static eu.dezky.domain.claim.MailAddressClaimAggregateTest.ACME;
import static eu.dezky.domain.claim.MailAddressClaimAggregateTest.BOB;
import static eu.dezky.domain.claim.MailAddressClaimAggregateTest.GLOBEX;

/** A member's provisional claim: confirmed by the member's creation, otherwise expired (released). */
class ProvisionalClaimTest {

    static final MailAddressClaimedEvent PROVISIONAL = new MailAddressClaimedEvent(BOB, ACME, "m1", true);

    private FixtureConfiguration<MailAddressClaimAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MailAddressClaimAggregate.class);
    }

    @Test
    void aProvisionalClaimIsRecordedAsSuch() {
        fixture.givenNoPriorActivity()
                .when(new ClaimMailAddressCommand(BOB, ACME, "m1", true))
                .expectEvents(PROVISIONAL);
    }

    @Test
    void aProvisionalClaimStillBlocksEveryoneElse() {
        fixture.given(PROVISIONAL)
                .when(new ClaimMailAddressCommand(BOB, GLOBEX, "m2", true))
                .expectException(RuleViolationException.class);
    }

    @Test
    void anUnconfirmedClaimExpires() {
        fixture.given(PROVISIONAL)
                .when(new ExpireMailAddressClaimCommand(BOB, "m1"))
                .expectEvents(new MailAddressReleasedEvent(BOB, ACME, "m1"));
    }

    @Test
    void theClaimantConfirmsOnceAndAConfirmedClaimNoLongerExpires() {
        fixture.given(PROVISIONAL)
                .when(new ConfirmMailAddressClaimCommand(BOB, "m1"))
                .expectEvents(new MailAddressClaimConfirmedEvent(BOB, ACME, "m1"));
        fixture.given(PROVISIONAL, new MailAddressClaimConfirmedEvent(BOB, ACME, "m1"))
                .when(new ConfirmMailAddressClaimCommand(BOB, "m1"))
                .expectNoEvents();
        fixture.given(PROVISIONAL, new MailAddressClaimConfirmedEvent(BOB, ACME, "m1"))
                .when(new ExpireMailAddressClaimCommand(BOB, "m1"))
                .expectNoEvents();
    }

    @Test
    void anExpiryForAnEarlierClaimantLeavesTheNewClaimAlone() {
        fixture.given(PROVISIONAL, new MailAddressReleasedEvent(BOB, ACME, "m1"),
                        new MailAddressClaimedEvent(BOB, GLOBEX, "m2", true))
                .when(new ExpireMailAddressClaimCommand(BOB, "m1"))
                .expectNoEvents();
    }

    @Test
    void aPlainClaimNeitherNeedsConfirmationNorExpires() {
        fixture.given(new MailAddressClaimedEvent(BOB, ACME, "alias-1"))
                .when(new ExpireMailAddressClaimCommand(BOB, "alias-1"))
                .expectNoEvents();
        fixture.given(new MailAddressClaimedEvent(BOB, ACME, "alias-1"))
                .when(new ConfirmMailAddressClaimCommand(BOB, "alias-1"))
                .expectNoEvents();
    }

    @Test
    void onlyTheClaimantConfirms() {
        fixture.given(PROVISIONAL)
                .when(new ConfirmMailAddressClaimCommand(BOB, "m2"))
                .expectNoEvents();
    }
}
