package eu.dezky.domain.maildomain;

import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainExpiryScheduledEvent;
import eu.dezky.api.domain.MailDomainOwnershipProvenEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainSetupCancelledEvent;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;

/**
 * A mail domain's state as its events leave it: the fields {@link MailDomainAggregate}'s rules read, and the event
 * sourcing handlers that alone change them (kept apart so the rules read on one page).
 */
abstract class MailDomainState {

    @AggregateIdentifier
    DomainName domain;
    /** The operation running now (or the last one), stamped on every event it causes. */
    String operationId;
    /** A check an admin asked for and the next check result answers; null when none is pending. */
    String checkOperationId;
    TenantId tenantId;
    DomainStatus status;
    String ownershipToken;
    DmarcPolicy dmarc;
    String stalwartDomainId;
    boolean everVerified;
    DomainStatus statusBeforeRemoval;
    /** A removal cancelled the running set-up, which has not reported its undo yet. */
    boolean setupCancelling;
    /** The domain's ownership record has been seen: no expiry, no takeover. */
    boolean ownershipProven;
    Instant expiresAt;
    /** Released (expired or taken over): its users are being removed before the domain. */
    boolean releasing;
    /**
     * The claimant's operation while a takeover releases the domain, kept until the removal ends either way: a refused
     * removal must fail that operation too, and the refusal is the only event its history sees.
     */
    String takeoverOperationId;

    @EventSourcingHandler
    void on(MailDomainAddedEvent event) {
        operationId = event.operationId();
        domain = event.domain();
        tenantId = event.tenantId();
        status = DomainStatus.PROVISIONING;
        ownershipToken = event.ownershipToken();
        dmarc = event.dmarc();
        stalwartDomainId = null;
        everVerified = false;
        statusBeforeRemoval = null;
        setupCancelling = false;
        ownershipProven = false;
        expiresAt = null;
        releasing = false;
        takeoverOperationId = null;
    }

    @EventSourcingHandler
    void on(MailDomainProvisionedEvent event) {
        stalwartDomainId = event.stalwartDomainId();
        status = DomainStatus.PENDING;
    }

    @EventSourcingHandler
    void on(MailDomainProvisioningFailedEvent event) {
        status = DomainStatus.FAILED;
    }

    @EventSourcingHandler
    void on(MailDomainCheckRequestedEvent event) {
        checkOperationId = event.operationId();
    }

    @EventSourcingHandler
    void on(MailDomainCheckedEvent event) {
        checkOperationId = null;
        status = event.status();
        everVerified |= event.status() == DomainStatus.VERIFIED;
        // checks recorded before the proven event existed count as well
        ownershipProven |= OwnershipRule.seen(event.results());
    }

    @EventSourcingHandler
    void on(DmarcPolicyChangedEvent event) {
        dmarc = event.policy();
    }

    @EventSourcingHandler
    void on(MailDomainRemovalRequestedEvent event) {
        operationId = event.operationId();
        if (status != DomainStatus.REMOVING) {
            statusBeforeRemoval = status;
        }
        status = DomainStatus.REMOVING;
        setupCancelling = event.setupRunning();
        releasing = false;
    }

    @EventSourcingHandler
    void on(MailDomainReleaseStartedEvent event) {
        operationId = event.operationId();
        statusBeforeRemoval = status;
        status = DomainStatus.REMOVING;
        releasing = true;
        takeoverOperationId = event.takeoverOperationId();
    }

    @EventSourcingHandler
    void on(MailDomainOwnershipProvenEvent event) {
        ownershipProven = true;
        expiresAt = null;
    }

    @EventSourcingHandler
    void on(MailDomainExpiryScheduledEvent event) {
        expiresAt = event.expiresAt();
    }

    /** The set-up is gone for good: a refused removal from here on leaves the domain FAILED, never PROVISIONING. */
    @EventSourcingHandler
    void on(MailDomainSetupCancelledEvent event) {
        setupCancelling = false;
        statusBeforeRemoval = DomainStatus.FAILED;
        stalwartDomainId = event.leftoverStalwartDomainId();
    }

    @EventSourcingHandler
    void on(MailDomainRemovalRefusedEvent event) {
        status = event.restoredStatus();
        takeoverOperationId = null;
    }

    @EventSourcingHandler
    void on(MailDomainRemovedEvent event) {
        status = DomainStatus.REMOVED;
        takeoverOperationId = null;
    }
}
