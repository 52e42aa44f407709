package eu.dezky.domain.claim;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailAddressClaimAggregateTest {

    static final MailAddress BOB = new MailAddress("Bob@Example.org");
    static final TenantId ACME = new TenantId("acme");
    static final TenantId GLOBEX = new TenantId("globex");

    private FixtureConfiguration<MailAddressClaimAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MailAddressClaimAggregate.class);
    }

    @Test
    void theAddressIsTheLowerCasedIdentifier() {
        assertThat(BOB.value()).isEqualTo("bob@example.org");
        assertThat(BOB.localPart()).isEqualTo("bob");
        assertThat(BOB.domain()).isEqualTo("example.org");
    }

    @Test
    void aFreeAddressIsClaimed() {
        fixture.givenNoPriorActivity()
                .when(new ClaimMailAddressCommand(BOB, ACME, "m1"))
                .expectEvents(new MailAddressClaimedEvent(BOB, ACME, "m1"));
    }

    @Test
    void aClaimedAddressCannotBeClaimedAgainFromAnyTenant() {
        fixture.given(new MailAddressClaimedEvent(BOB, ACME, "m1"))
                .when(new ClaimMailAddressCommand(BOB, GLOBEX, "m2"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("bob@example.org is already in use on this platform");
    }

    @Test
    void aReleasedAddressCanBeClaimedAgain() {
        fixture.given(new MailAddressClaimedEvent(BOB, ACME, "m1"), new MailAddressReleasedEvent(BOB, ACME, "m1"))
                .when(new ClaimMailAddressCommand(BOB, GLOBEX, "m2"))
                .expectEvents(new MailAddressClaimedEvent(BOB, GLOBEX, "m2"));
    }

    @Test
    void onlyTheClaimantsReleaseCounts() {
        fixture.given(new MailAddressClaimedEvent(BOB, ACME, "m1"))
                .when(new ReleaseMailAddressCommand(BOB, "m2"))
                .expectNoEvents();
    }

    @Test
    void theClaimantReleasesTheAddress() {
        fixture.given(new MailAddressClaimedEvent(BOB, ACME, "m1"))
                .when(new ReleaseMailAddressCommand(BOB, "m1"))
                .expectEvents(new MailAddressReleasedEvent(BOB, ACME, "m1"));
    }
}
