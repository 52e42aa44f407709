package eu.dezky.domain.tenant;

import eu.dezky.api.tenant.CreateTenantCommand;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer of the platform. Its identifier is the slug, so a second create of the same slug collides on the
 * event store's unique key and is rejected as a conflict, even when both creates race.
 */
@AggregateRoot(type = "Tenant")
public class TenantAggregate {

    @AggregateIdentifier
    private TenantId tenantId;

    /** Axon rebuilds the aggregate from its events through this constructor. */
    TenantAggregate() {
    }

    @CommandHandler
    TenantAggregate(CreateTenantCommand command) {
        apply(new TenantCreatedEvent(command.tenantId(), command.displayName(), command.owner(), command.partnerId()));
    }

    @EventSourcingHandler
    void on(TenantCreatedEvent event) {
        this.tenantId = event.tenantId();
    }
}
