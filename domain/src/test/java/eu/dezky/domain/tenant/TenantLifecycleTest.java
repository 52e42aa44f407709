package eu.dezky.domain.tenant;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.tenant.OffboardTenantCommand;
import eu.dezky.api.tenant.ResumeTenantCommand;
import eu.dezky.api.tenant.SuspendTenantCommand;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantOperationKind;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The tenant's lifecycle rules: one operation at a time, resume only when suspended, an offboarding resumable. */
class TenantLifecycleTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantCreatedEvent CREATED = new TenantCreatedEvent(ACME, "Acme ApS",
            new TenantOwner("alice", new EmailAddress("alice@acme.test")), null);
    private static final TenantOffboardingStartedEvent OFFBOARDING = new TenantOffboardingStartedEvent(ACME, "off-1",
            List.of(), List.of(), List.of(), List.of());

    private AggregateTestFixture<TenantAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TenantAggregate.class);
    }

    @Test
    void anActiveTenantIsSuspendedAndCannotBeResumedBefore() {
        fixture.given(CREATED)
                .when(new SuspendTenantCommand(ACME, "s-1", List.of()))
                .expectEvents(new TenantSuspendedEvent(ACME, "s-1", List.of()));
        fixture.given(CREATED)
                .when(new ResumeTenantCommand(ACME, "r-1"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("only a SUSPENDED tenant"));
    }

    @Test
    void nothingStartsWhileASuspensionRuns() {
        fixture.given(CREATED, new TenantSuspendedEvent(ACME, "s-1", List.of()))
                .when(new ResumeTenantCommand(ACME, "r-1"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("operation running"));
    }

    @Test
    void aStoppedOffboardingGoesOnInTheSameOperationAndARunningOneIsLeftAlone() {
        fixture.given(CREATED, OFFBOARDING, new TenantOperationEndedEvent(ACME, "off-1",
                        TenantOperationKind.OFFBOARDING, "Stalwart refused", null))
                .when(new OffboardTenantCommand(ACME, "off-2", List.of(), List.of(), List.of(), List.of()))
                .expectResultMessagePayload("off-1")
                .expectEvents(OFFBOARDING);
        fixture.given(CREATED, OFFBOARDING)
                .when(new OffboardTenantCommand(ACME, "off-2", List.of(), List.of(), List.of(), List.of()))
                .expectResultMessagePayload("off-1")
                .expectNoEvents();
    }

    @Test
    void anOffboardedTenantChangesNoMore() {
        fixture.given(CREATED, OFFBOARDING, new TenantOperationEndedEvent(ACME, "off-1",
                        TenantOperationKind.OFFBOARDING, null, null))
                .when(new SuspendTenantCommand(ACME, "s-1", List.of()))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("offboarded"));
    }
}
