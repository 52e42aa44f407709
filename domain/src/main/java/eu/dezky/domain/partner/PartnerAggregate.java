package eu.dezky.domain.partner;

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
import eu.dezky.api.common.EmailAddress;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A reseller and its staff. Adding someone already on the list with the same e-mail and role changes nothing (a
 * retried request); with another e-mail or role it records the change. Removing someone not on the list is a 404.
 */
@AggregateRoot(type = "Partner")
public class PartnerAggregate {

    @AggregateIdentifier
    private PartnerId partnerId;
    private final Map<StaffSubject, Entry> staff = new HashMap<>();

    private record Entry(EmailAddress email, StaffRole role) {
    }

    /** Axon rebuilds the aggregate from its events through this constructor. */
    PartnerAggregate() {
    }

    @CommandHandler
    PartnerAggregate(CreatePartnerCommand command) {
        apply(new PartnerCreatedEvent(command.partnerId(), command.name(), command.billingEmail()));
    }

    @CommandHandler
    void handle(AddPartnerStaffCommand command) {
        if (new Entry(command.email(), command.role()).equals(staff.get(command.subject()))) {
            return;
        }
        apply(new PartnerStaffAddedEvent(partnerId, command.subject(), command.email(), command.role()));
    }

    @CommandHandler
    void handle(RemovePartnerStaffCommand command) {
        if (!staff.containsKey(command.subject())) {
            throw new RuleViolationException("staff-not-found",
                    "'" + command.subject() + "' is not staff of partner " + partnerId);
        }
        apply(new PartnerStaffRemovedEvent(partnerId, command.subject()));
    }

    @EventSourcingHandler
    void on(PartnerCreatedEvent event) {
        partnerId = event.partnerId();
    }

    @EventSourcingHandler
    void on(PartnerStaffAddedEvent event) {
        staff.put(event.subject(), new Entry(event.email(), event.role()));
    }

    @EventSourcingHandler
    void on(PartnerStaffRemovedEvent event) {
        staff.remove(event.subject());
    }
}
