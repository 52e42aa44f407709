package eu.dezky.domain.tenant;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.tenant.ApproveMailDomainRemovalCommand;
import eu.dezky.api.tenant.AttachMailDomainCommand;
import eu.dezky.api.tenant.DetachMailDomainCommand;
import eu.dezky.api.tenant.MailDomainAttachedEvent;
import eu.dezky.api.tenant.MailDomainDetachedEvent;
import eu.dezky.api.tenant.PrimaryMailDomainChangedEvent;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant's side of mail domains: which it has and which one is primary. */
class TenantMailDomainsTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final DomainName A = new DomainName("a.example");
    private static final DomainName B = new DomainName("b.example");
    private static final DomainName C = new DomainName("c.example");
    private static final TenantCreatedEvent CREATED = new TenantCreatedEvent(ACME, "Acme ApS",
            new TenantOwner("alice", new EmailAddress("alice@acme.test")), null);

    private AggregateTestFixture<TenantAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TenantAggregate.class);
    }

    private static CustomTypeSafeMatcher<RuleViolationException> primaryDomainRule() {
        return new CustomTypeSafeMatcher<>("a primary-domain rule violation") {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.code().equals("primary-domain");
            }
        };
    }

    @Test
    void theFirstDomainBecomesPrimary() {
        fixture.given(CREATED)
                .when(new AttachMailDomainCommand(ACME, A))
                .expectEvents(new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A));
    }

    @Test
    void aFurtherDomainLeavesThePrimaryAlone() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A))
                .when(new AttachMailDomainCommand(ACME, B))
                .expectEvents(new MailDomainAttachedEvent(ACME, B));
    }

    @Test
    void attachingTwiceIsHarmless() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A))
                .when(new AttachMailDomainCommand(ACME, A))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void removingThePrimaryWhileOthersExistNeedsANewPrimary() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A),
                        new MailDomainAttachedEvent(ACME, B))
                .when(new ApproveMailDomainRemovalCommand(ACME, A, null))
                .expectException(primaryDomainRule())
                .expectExceptionMessage("a.example is the primary mail domain; to remove it, choose one of the other"
                        + " domains as the new primary: b.example")
                .expectNoEvents();
    }

    @Test
    void theNewPrimaryMustBeAnotherOfTheTenantsDomains() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A),
                        new MailDomainAttachedEvent(ACME, B))
                .when(new ApproveMailDomainRemovalCommand(ACME, A, C))
                .expectException(primaryDomainRule())
                .expectNoEvents();
    }

    @Test
    void theRemovedDomainCannotBeItsOwnNewPrimary() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A),
                        new MailDomainAttachedEvent(ACME, B))
                .when(new ApproveMailDomainRemovalCommand(ACME, A, A))
                .expectException(primaryDomainRule());
    }

    @Test
    void choosingANewPrimaryApprovesTheRemovalAndSwitchesThePrimary() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A),
                        new MailDomainAttachedEvent(ACME, B))
                .when(new ApproveMailDomainRemovalCommand(ACME, A, B))
                .expectEvents(new PrimaryMailDomainChangedEvent(ACME, B));
    }

    @Test
    void theOnlyDomainMayBeRemovedWithoutANewPrimary() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A))
                .when(new ApproveMailDomainRemovalCommand(ACME, A, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void removingANonPrimaryDomainNeedsNoApproval() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A),
                        new MailDomainAttachedEvent(ACME, B))
                .when(new ApproveMailDomainRemovalCommand(ACME, B, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void detachingADomainForgetsIt() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A),
                        new MailDomainAttachedEvent(ACME, B))
                .when(new DetachMailDomainCommand(ACME, B))
                .expectEvents(new MailDomainDetachedEvent(ACME, B));
    }

    @Test
    void detachingThePrimaryLeavesTheTenantWithoutOneRatherThanPickingOne() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A),
                        new MailDomainAttachedEvent(ACME, B))
                .when(new DetachMailDomainCommand(ACME, A))
                .expectEvents(new MailDomainDetachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, null));
    }

    @Test
    void detachingAnUnknownDomainIsHarmless() {
        fixture.given(CREATED)
                .when(new DetachMailDomainCommand(ACME, A))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aTenantWithoutPrimaryGetsTheNextAttachedDomainAsPrimary() {
        fixture.given(CREATED, new MailDomainAttachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, A),
                        new MailDomainDetachedEvent(ACME, A), new PrimaryMailDomainChangedEvent(ACME, null))
                .when(new AttachMailDomainCommand(ACME, B))
                .expectEvents(new MailDomainAttachedEvent(ACME, B), new PrimaryMailDomainChangedEvent(ACME, B));
    }
}
