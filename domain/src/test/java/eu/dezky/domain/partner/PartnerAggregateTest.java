package eu.dezky.domain.partner;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.partner.AddPartnerStaffCommand;
import eu.dezky.api.partner.CreatePartnerCommand;
import eu.dezky.api.partner.PartnerCreatedEvent;
import eu.dezky.api.partner.PartnerStaffAddedEvent;
import eu.dezky.api.partner.PartnerStaffRemovedEvent;
import eu.dezky.api.partner.RemovePartnerStaffCommand;
import eu.dezky.api.partner.StaffRole;
import eu.dezky.api.partner.StaffSubject;
import eu.dezky.api.common.InvalidValueException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerAggregateTest {

    private static final PartnerId NORDIC = new PartnerId("p_nordic");
    private static final EmailAddress BILLING = new EmailAddress("billing@nordic.test");
    private static final StaffSubject ANNA = new StaffSubject("anna");
    private static final EmailAddress ANNA_MAIL = new EmailAddress("anna@nordic.test");

    private AggregateTestFixture<PartnerAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartnerAggregate.class);
    }

    @Test
    void creatingAPartnerRecordsItsNameAndBillingAddress() {
        fixture.givenNoPriorActivity()
                .when(new CreatePartnerCommand(NORDIC, "  Nordic IT ", BILLING))
                .expectEvents(new PartnerCreatedEvent(NORDIC, "Nordic IT", BILLING));
    }

    @Test
    void aPartnerNeedsAName() {
        assertThatThrownBy(() -> new CreatePartnerCommand(NORDIC, " ", BILLING))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
    }

    @Test
    void addingStaffRecordsTheirRole() {
        fixture.given(new PartnerCreatedEvent(NORDIC, "Nordic IT", BILLING))
                .when(new AddPartnerStaffCommand(NORDIC, ANNA, ANNA_MAIL, StaffRole.ADMIN))
                .expectEvents(new PartnerStaffAddedEvent(NORDIC, ANNA, ANNA_MAIL, StaffRole.ADMIN));
    }

    @Test
    void addingTheSameStaffAgainChangesNothingButANewRoleIsRecorded() {
        fixture.given(new PartnerCreatedEvent(NORDIC, "Nordic IT", BILLING),
                        new PartnerStaffAddedEvent(NORDIC, ANNA, ANNA_MAIL, StaffRole.ADMIN))
                .when(new AddPartnerStaffCommand(NORDIC, ANNA, ANNA_MAIL, StaffRole.ADMIN))
                .expectNoEvents();
        fixture.given(new PartnerCreatedEvent(NORDIC, "Nordic IT", BILLING),
                        new PartnerStaffAddedEvent(NORDIC, ANNA, ANNA_MAIL, StaffRole.ADMIN))
                .when(new AddPartnerStaffCommand(NORDIC, ANNA, ANNA_MAIL, StaffRole.MEMBER))
                .expectEvents(new PartnerStaffAddedEvent(NORDIC, ANNA, ANNA_MAIL, StaffRole.MEMBER));
    }

    @Test
    void removingStaffTakesThemOffTheList() {
        fixture.given(new PartnerCreatedEvent(NORDIC, "Nordic IT", BILLING),
                        new PartnerStaffAddedEvent(NORDIC, ANNA, ANNA_MAIL, StaffRole.MEMBER))
                .when(new RemovePartnerStaffCommand(NORDIC, ANNA))
                .expectEvents(new PartnerStaffRemovedEvent(NORDIC, ANNA));
    }

    @Test
    void removingSomeoneWhoIsNotStaffIsNotFound() {
        fixture.given(new PartnerCreatedEvent(NORDIC, "Nordic IT", BILLING),
                        new PartnerStaffAddedEvent(NORDIC, ANNA, ANNA_MAIL, StaffRole.MEMBER),
                        new PartnerStaffRemovedEvent(NORDIC, ANNA))
                .when(new RemovePartnerStaffCommand(NORDIC, ANNA))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("'anna' is not staff of partner p_nordic");
    }
}
