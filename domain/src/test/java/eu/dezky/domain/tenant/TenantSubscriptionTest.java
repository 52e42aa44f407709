package eu.dezky.domain.tenant;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.tenant.ChangeTenantSubscriptionCommand;
import eu.dezky.api.tenant.Subscription;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.api.tenant.TenantSubscriptionChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantSubscriptionTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantCreatedEvent CREATED = new TenantCreatedEvent(ACME, "Acme ApS",
            new TenantOwner("alice", new EmailAddress("alice@acme.test")), null);
    private static final Subscription BUSINESS = new Subscription("Business", 1200, "eur");

    private AggregateTestFixture<TenantAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TenantAggregate.class);
    }

    @Test
    void everyChangeOfPlanIsAnEvent() {
        fixture.given(CREATED, new TenantSubscriptionChangedEvent(ACME, BUSINESS))
                .when(new ChangeTenantSubscriptionCommand(ACME, new Subscription("Business", 1500, "EUR")))
                .expectEvents(new TenantSubscriptionChangedEvent(ACME, new Subscription("Business", 1500, "EUR")));
    }

    @Test
    void settingTheSamePlanAgainChangesNothing() {
        fixture.given(CREATED, new TenantSubscriptionChangedEvent(ACME, BUSINESS))
                .when(new ChangeTenantSubscriptionCommand(ACME, new Subscription(" Business ", 1200, "EUR")))
                .expectNoEvents();
    }

    @Test
    void aPlanNamesItsPriceInMinorUnitsOfARealCurrency() {
        assertThat(BUSINESS.currency()).isEqualTo("EUR");
        assertThat(BUSINESS.monthlyMinor(3)).isEqualTo(3600);
        assertThatThrownBy(() -> new Subscription("Business", -1, "EUR")).extracting("field").isEqualTo("pricePerSeatMinor");
        assertThatThrownBy(() -> new Subscription("Business", 100, "EURO")).extracting("field").isEqualTo("currency");
        assertThatThrownBy(() -> new Subscription("Business", 100, "XYZ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Subscription("", 100, "EUR")).extracting("field").isEqualTo("plan");
    }
}
