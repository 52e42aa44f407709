package eu.dezky.domain.tenant;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.tenant.CreateTenantCommand;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantAggregateTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantOwner ALICE = new TenantOwner("alice", new EmailAddress("alice@acme.test"));

    private AggregateTestFixture<TenantAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TenantAggregate.class);
    }

    @Test
    void creatingATenantRecordsItWithItsOwner() {
        fixture.givenNoPriorActivity()
                .when(new CreateTenantCommand(ACME, "Acme ApS", ALICE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TenantCreatedEvent(ACME, "Acme ApS", ALICE, null));
    }

    @Test
    void aPartnersCustomerRecordsThePartner() {
        PartnerId partner = new PartnerId("reseller-a");
        fixture.givenNoPriorActivity()
                .when(new CreateTenantCommand(ACME, "  Acme ApS ", ALICE, partner))
                .expectEvents(new TenantCreatedEvent(ACME, "Acme ApS", ALICE, partner));
    }
}
