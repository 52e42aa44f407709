package eu.dezky.domain.claim;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.JoinMailAddressCommand;
import eu.dezky.api.claim.LeaveMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressJoinedEvent;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several memberships of one person sharing an address, and who of them is the last to leave. */
class MailAddressClaimHoldersTest {

    static final MailAddress BOB = new MailAddress("bob@a.example");
    static final TenantId A = new TenantId("tenant-a");
    static final TenantId B = new TenantId("tenant-b");
    static final TenantId C = new TenantId("tenant-c");
    static final MailAddressClaimedEvent CLAIMED = new MailAddressClaimedEvent(BOB, A, "m-a");
    static final MailAddressJoinedEvent JOINED = new MailAddressJoinedEvent(BOB, B, "m-b", "m-a");

    private FixtureConfiguration<MailAddressClaimAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MailAddressClaimAggregate.class);
    }

    @Test
    void aMembershipOfAnotherTenantJoinsViaAHolder() {
        fixture.given(CLAIMED)
                .when(new JoinMailAddressCommand(BOB, B, "m-b", "m-a"))
                .expectEvents(JOINED);
    }

    @Test
    void joiningTwiceIsANoOp() {
        fixture.given(CLAIMED, JOINED)
                .when(new JoinMailAddressCommand(BOB, B, "m-b", "m-a"))
                .expectNoEvents();
    }

    @Test
    void aTenantCannotHoldTheSameAddressTwice() {
        fixture.given(CLAIMED, JOINED)
                .when(new JoinMailAddressCommand(BOB, B, "m-b2", "m-a"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("the tenant 'tenant-b' already has a membership with the mailbox bob@a.example");
    }

    @Test
    void joiningViaAMembershipThatNoLongerHoldsTheAddressIsRefused() {
        fixture.given(CLAIMED, JOINED, new MailAddressLeftEvent(BOB, A, "m-a", false))
                .when(new JoinMailAddressCommand(BOB, C, "m-c", "m-a"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aFirstClaimOfAHeldAddressIsStillTaken() {
        fixture.given(CLAIMED, JOINED)
                .when(new ClaimMailAddressCommand(BOB, C, "m-c"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("bob@a.example is already in use on this platform");
    }

    @Test
    void ofTwoMembershipsLeavingOneAfterTheOtherOnlyTheSecondIsTheLast() {
        fixture.given(CLAIMED, JOINED)
                .when(new LeaveMailAddressCommand(BOB, "m-b"))
                .expectEvents(new MailAddressLeftEvent(BOB, B, "m-b", false));
        fixture.given(CLAIMED, JOINED, new MailAddressLeftEvent(BOB, B, "m-b", false))
                .when(new LeaveMailAddressCommand(BOB, "m-a"))
                .expectEvents(new MailAddressLeftEvent(BOB, A, "m-a", true));
    }

    @Test
    void aRepeatedLeaveIsANoOpSoTheSecondRemovalCannotAlsoBeKept() {
        fixture.given(CLAIMED, JOINED, new MailAddressLeftEvent(BOB, A, "m-a", false))
                .when(new LeaveMailAddressCommand(BOB, "m-a"))
                .expectNoEvents();
    }

    @Test
    void whileTheLastHolderTearsDownTheAddressCannotBeClaimedOrJoined() {
        fixture.given(CLAIMED, new MailAddressLeftEvent(BOB, A, "m-a", true))
                .when(new ClaimMailAddressCommand(BOB, C, "m-c"))
                .expectException(RuleViolationException.class);
        fixture.given(CLAIMED, new MailAddressLeftEvent(BOB, A, "m-a", true))
                .when(new JoinMailAddressCommand(BOB, C, "m-c", "m-a"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void theLastHolderReleasesTheAddressAfterTheTeardownAndItCanBeClaimedAgain() {
        fixture.given(CLAIMED, JOINED, new MailAddressLeftEvent(BOB, B, "m-b", false),
                        new MailAddressLeftEvent(BOB, A, "m-a", true))
                .when(new ReleaseMailAddressCommand(BOB, "m-a"))
                .expectEvents(new MailAddressReleasedEvent(BOB, A, "m-a"));
        fixture.given(CLAIMED, new MailAddressLeftEvent(BOB, A, "m-a", true), new MailAddressReleasedEvent(BOB, A, "m-a"))
                .when(new ClaimMailAddressCommand(BOB, C, "m-c"))
                .expectEvents(new MailAddressClaimedEvent(BOB, C, "m-c"));
    }

    @Test
    void aMembershipThatLeftWhileOthersStayCannotReleaseTheAddress() {
        fixture.given(CLAIMED, JOINED, new MailAddressLeftEvent(BOB, A, "m-a", false))
                .when(new ReleaseMailAddressCommand(BOB, "m-a"))
                .expectNoEvents();
    }

    @Test
    void aReleaseByOneOfSeveralHoldersOnlyGivesItsShareBack() {
        fixture.given(CLAIMED, JOINED)
                .when(new ReleaseMailAddressCommand(BOB, "m-b"))
                .expectEvents(new MailAddressLeftEvent(BOB, B, "m-b", false));
    }

    @Test
    void theSoleHolderStillReleasesAtOnceAsBefore() {
        fixture.given(CLAIMED)
                .when(new ReleaseMailAddressCommand(BOB, "m-a"))
                .expectEvents(new MailAddressReleasedEvent(BOB, A, "m-a"));
    }

    @Test
    void theOriginalHolderLeavingKeepsTheAddressForTheLinkedOneWhoIsThenTheLast() {
        fixture.given(CLAIMED, JOINED, new MailAddressLeftEvent(BOB, A, "m-a", false))
                .when(new LeaveMailAddressCommand(BOB, "m-b"))
                .expectEvents(new MailAddressLeftEvent(BOB, B, "m-b", true));
    }
}
