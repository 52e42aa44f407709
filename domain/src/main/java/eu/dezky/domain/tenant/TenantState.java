package eu.dezky.domain.tenant;

import eu.dezky.api.domain.DomainName;
import eu.dezky.api.tenant.MailDomainAttachedEvent;
import eu.dezky.api.tenant.MailDomainDetachedEvent;
import eu.dezky.api.tenant.PrimaryMailDomainChangedEvent;
import eu.dezky.api.tenant.Subscription;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantDetailsChangedEvent;
import eu.dezky.api.tenant.TenantAdmin;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantOperationKind;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.api.tenant.TenantSubscriptionChangedEvent;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's state as its events leave it: the fields {@link TenantAggregate}'s rules read, and the event sourcing
 * handlers that alone change them (kept apart so the rules read on one page).
 */
abstract class TenantState {

    @AggregateIdentifier
    TenantId tenantId;
    final Set<DomainName> domains = new LinkedHashSet<>();
    DomainName primary;
    Subscription subscription;
    TenantStatus status = TenantStatus.ACTIVE;
    String runningOperation;
    TenantOperationKind runningKind;
    /** The offboarding's operation, kept when it stops: a retry goes on with the same operation. */
    String offboarding;
    String displayName;
    /** The owner is the first admin; a PATCH replaces the whole list. */
    List<TenantAdmin> admins;

    @EventSourcingHandler
    void on(TenantSuspendedEvent event) {
        status = TenantStatus.SUSPENDED;
        running(event.operationId(), TenantOperationKind.SUSPEND);
    }

    @EventSourcingHandler
    void on(TenantResumedEvent event) {
        status = TenantStatus.ACTIVE;
        running(event.operationId(), TenantOperationKind.RESUME);
    }

    @EventSourcingHandler
    void on(TenantOffboardingStartedEvent event) {
        status = TenantStatus.OFFBOARDING;
        offboarding = event.operationId();
        running(event.operationId(), TenantOperationKind.OFFBOARDING);
    }

    @EventSourcingHandler
    void on(TenantOperationEndedEvent event) {
        if (event.offboarded()) {
            status = TenantStatus.OFFBOARDED;
        }
        running(null, null);
    }

    @EventSourcingHandler
    void on(TenantDetailsChangedEvent event) {
        displayName = event.displayName() == null ? displayName : event.displayName();
        admins = event.admins() == null ? admins : event.admins();
    }

    @EventSourcingHandler
    void on(TenantSubscriptionChangedEvent event) {
        subscription = event.subscription();
    }

    @EventSourcingHandler
    void on(TenantCreatedEvent event) {
        this.tenantId = event.tenantId();
        displayName = event.displayName();
        admins = List.of(new TenantAdmin(event.owner().subject(), event.owner().email()));
    }

    @EventSourcingHandler
    void on(MailDomainAttachedEvent event) {
        domains.add(event.domain());
    }

    @EventSourcingHandler
    void on(MailDomainDetachedEvent event) {
        domains.remove(event.domain());
    }

    @EventSourcingHandler
    void on(PrimaryMailDomainChangedEvent event) {
        primary = event.primary();
    }

    void running(String operationId, TenantOperationKind kind) {
        runningOperation = operationId;
        runningKind = kind;
    }
}
