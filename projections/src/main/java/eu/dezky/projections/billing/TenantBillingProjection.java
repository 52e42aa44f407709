package eu.dezky.projections.billing;

import eu.dezky.api.billing.FindTenantBillingQuery;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.tenant.Subscription;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantSubscriptionChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Builds the billing read models from plan changes and the member events that move a member in or out of a seat.
 * A plan change writes two change points (the old plan's MRR leaves, the new one's arrives, possibly in another
 * currency); a member taking or leaving a seat writes one of plus or minus the price per seat. Every write is keyed by
 * the causing event, and the seat count a plan change multiplies by is counted from the member documents, so handling
 * an event twice changes nothing and a replay writes the same change points. The group runs one sequence per tenant
 * ({@link eu.dezky.projections.TenantSequencingPolicy}): a tenant's plan and its members' events are applied in the
 * event store's order.
 */
@Component
@ProcessingGroup(TenantBillingProjection.PROCESSING_GROUP)
public class TenantBillingProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "tenant-billing";

    private final MongoTemplate mongo;
    private final BillingReads reads;
    private final QueryUpdateEmitter updates;

    public TenantBillingProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.reads = new BillingReads(mongo);
        this.updates = updates;
    }

    @EventHandler
    void on(TenantCreatedEvent event) {
        if (mongo.findById(event.tenantId().slug(), BillingTenantDocument.class) == null) {
            mongo.save(new BillingTenantDocument(event.tenantId().slug(),
                    event.partnerId() == null ? null : event.partnerId().value(), null));
        }
    }

    @EventHandler
    void on(TenantSubscriptionChangedEvent event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        BillingTenantDocument tenant = mongo.findById(event.tenantId().slug(), BillingTenantDocument.class);
        if (tenant == null || event.subscription().equals(tenant.subscription())) {
            return; // already applied: a redelivery
        }
        int seats = reads.seats(tenant.slug());
        Subscription old = tenant.subscription();
        if (old != null) {
            change(eventId + ":old", tenant, at, old.currency(), -old.monthlyMinor(seats));
        }
        change(eventId + ":new", tenant, at, event.subscription().currency(), event.subscription().monthlyMinor(seats));
        mongo.save(tenant.withSubscription(event.subscription()));
        emit(tenant.slug());
    }

    @EventHandler
    void on(MemberCreatedEvent event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        member(event.memberId(), event.tenantId(), MemberStatus.PROVISIONING, at, eventId);
    }

    @EventHandler
    void on(MemberLinkedEvent event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        member(event.memberId(), event.tenantId(), MemberStatus.PROVISIONING, at, eventId);
    }

    @EventHandler
    void on(MemberProvisionedEvent event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        member(event.memberId(), event.tenantId(), MemberStatus.ACTIVE, at, eventId);
    }

    @EventHandler
    void on(MemberProvisioningFailedEvent event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        member(event.memberId(), event.tenantId(), MemberStatus.FAILED, at, eventId);
    }

    /** Suspend and resume keep the seat (both states hold one); recorded so a later removal knows where it starts. */
    @EventHandler
    void on(MemberOperationCompletedEvent event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        switch (event.kind()) {
            case SUSPEND -> member(event.memberId(), event.tenantId(), MemberStatus.SUSPENDED, at, eventId);
            case RESUME -> member(event.memberId(), event.tenantId(), MemberStatus.ACTIVE, at, eventId);
            default -> {
                // force logout and password reset leave the member's status as it was
            }
        }
    }

    /** The seat is freed when the removal starts: from then on the member can no longer use their accounts. */
    @EventHandler
    void on(MemberRemovalStartedEvent event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        member(event.memberId(), event.tenantId(), MemberStatus.REMOVING, at, eventId);
    }

    @EventHandler
    void on(MemberRemovedEvent event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        member(event.memberId(), event.tenantId(), MemberStatus.REMOVED, at, eventId);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(BillingTenantDocument.class);
        mongo.dropCollection(BillingMemberDocument.class);
        mongo.dropCollection(MrrChangeDocument.class);
    }

    /**
     * The change point is written before the member's new status: should the engine stop in between, the redelivered
     * event finds the old status again and writes the same change point under the same id.
     */
    private void member(MemberId memberId, TenantId tenantId, MemberStatus status, Instant at, String eventId) {
        BillingMemberDocument before = mongo.findById(memberId.value(), BillingMemberDocument.class);
        MemberStatus old = before == null ? null : before.status();
        if (old == status) {
            return;
        }
        int seatDelta = (BillingMemberDocument.seated(status) ? 1 : 0) - (BillingMemberDocument.seated(old) ? 1 : 0);
        BillingTenantDocument tenant = mongo.findById(tenantId.slug(), BillingTenantDocument.class);
        if (seatDelta != 0 && tenant != null && tenant.subscription() != null) {
            Subscription plan = tenant.subscription();
            change(eventId, tenant, at, plan.currency(), seatDelta * plan.pricePerSeatMinor());
        }
        mongo.save(new BillingMemberDocument(memberId.value(), tenantId.slug(), status));
        if (seatDelta != 0) {
            emit(tenantId.slug());
        }
    }

    /** Lets an HTTP caller waiting on a subscription query answer as soon as the figures show the change. */
    private void emit(String slug) {
        reads.views(List.of(slug)).forEach(view -> updates.emit(FindTenantBillingQuery.class,
                query -> query.tenantId().slug().equals(slug), view));
    }

    private void change(String id, BillingTenantDocument tenant, Instant at, String currency, long deltaMinor) {
        if (deltaMinor != 0) {
            mongo.save(new MrrChangeDocument(id, tenant.slug(), tenant.partner(), at, currency, deltaMinor));
        }
    }
}
