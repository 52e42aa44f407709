package eu.dezky.domain.tenant;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.tenant.ChangeTenantDetailsCommand;
import eu.dezky.api.tenant.TenantAdmin;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantDetailsChangedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/** A tenant PATCH: only what differs from the recorded values is an event; the owner is the first admin. */
class TenantDetailsTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantAdmin ALICE = new TenantAdmin("alice", new EmailAddress("alice@acme.test"));
    private static final TenantAdmin BEN = new TenantAdmin("ben", new EmailAddress("ben@acme.test"));
    private static final TenantCreatedEvent CREATED = new TenantCreatedEvent(ACME, "Acme ApS",
            new TenantOwner("alice", new EmailAddress("alice@acme.test")), null);

    private AggregateTestFixture<TenantAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TenantAggregate.class);
    }

    @Test
    void whatDiffersIsTheEventAndTheSameValuesAgainAreNone() {
        fixture.given(CREATED)
                .when(new ChangeTenantDetailsCommand(ACME, "Acme Ltd", List.of(ALICE, BEN)))
                .expectEvents(new TenantDetailsChangedEvent(ACME, "Acme Ltd", List.of(ALICE, BEN)));
        fixture.given(CREATED)
                .when(new ChangeTenantDetailsCommand(ACME, "Acme ApS", List.of(ALICE)))
                .expectNoEvents();
        fixture.given(CREATED, new TenantDetailsChangedEvent(ACME, "Acme Ltd", null))
                .when(new ChangeTenantDetailsCommand(ACME, "Acme Ltd", List.of(BEN)))
                .expectEvents(new TenantDetailsChangedEvent(ACME, null, List.of(BEN)));
    }
}
