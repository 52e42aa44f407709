package eu.dezky.projections.audit;

import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainTakeoverAbandonedEvent;
import eu.dezky.api.domain.MailDomainExpiryScheduledEvent;
import eu.dezky.api.domain.MailDomainExpiryWarnedEvent;
import eu.dezky.api.domain.MailDomainOwnershipProvenEvent;
import eu.dezky.api.domain.MailDomainReleaseReason;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainSetupCancelledEvent;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.tenant.MailDomainAttachedEvent;
import eu.dezky.api.tenant.MailDomainDetachedEvent;
import eu.dezky.api.tenant.PrimaryMailDomainChangedEvent;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantOperationKind;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import eu.dezky.api.tenant.TenantDetailsChangedEvent;

import static eu.dezky.projections.audit.AuditDescription.FAILED;
import static eu.dezky.projections.audit.AuditDescription.PROGRESS;
import static eu.dezky.projections.audit.AuditDescription.REQUESTED;
import static eu.dezky.projections.audit.AuditDescription.SUCCEEDED;

/** The words for tenant and mail-domain events. */
final class TenantWords {

    private TenantWords() {
    }

    static void register(Describers describers) {
        describers
                .add(TenantCreatedEvent.class, (e, s) -> tenant("created tenant", e.tenantId().slug(), SUCCEEDED)
                        .withDetail(e.displayName()))
                .add(TenantDetailsChangedEvent.class, (e, s) -> tenant("changed tenant", e.tenantId().slug(), SUCCEEDED)
                        .withDetail(details(e)))
                .add(PrimaryMailDomainChangedEvent.class, (e, s) -> tenant("changed the primary domain of",
                        e.tenantId().slug(), PROGRESS)
                        .withDetail(e.primary() == null ? "none left" : "now " + e.primary().value()))
                .add(TenantSuspendedEvent.class, (e, s) -> tenant("suspended tenant", e.tenantId().slug(), REQUESTED)
                        .withDetail(e.members().size() + " member(s) to suspend"))
                .add(TenantResumedEvent.class, (e, s) -> tenant("resumed tenant", e.tenantId().slug(), REQUESTED))
                .add(TenantOffboardingStartedEvent.class, (e, s) -> tenant("offboarded tenant", e.tenantId().slug(),
                        REQUESTED))
                .add(TenantOperationEndedEvent.class, (e, s) -> tenant(lifecycleVerb(e.kind()), e.tenantId().slug(),
                        e.failure() == null ? SUCCEEDED : FAILED)
                        .withDetail(e.failure() != null ? e.failure() : e.leftovers()))
                .add(MailDomainAttachedEvent.class, (e, s) -> domain("added domain", e.domain().value(), PROGRESS)
                        .withDetail("attached to the tenant"))
                .add(MailDomainDetachedEvent.class, (e, s) -> domain("removed domain", e.domain().value(), PROGRESS)
                        .withDetail("detached from the tenant"))
                .add(MailDomainAddedEvent.class, (e, s) -> domain("added domain", e.domain().value(), REQUESTED))
                .add(MailDomainProvisionedEvent.class, (e, s) -> domain("added domain", e.domain().value(), SUCCEEDED)
                        .withDetail(e.skippedReason() != null ? "mail server skipped: " + e.skippedReason()
                                : "registered on the mail server"))
                .add(MailDomainProvisioningFailedEvent.class, (e, s) -> domain("added domain", e.domain().value(),
                        FAILED).withDetail(e.reason()))
                .add(MailDomainCheckRequestedEvent.class, (e, s) -> domain("asked for a DNS check of",
                        e.domain().value(), REQUESTED))
                .add(MailDomainCheckedEvent.class, (e, s) -> domain("checked the DNS records of", e.domain().value(),
                        PROGRESS).withDetail(e.status().name()))
                .add(MailDomainStatusChangedEvent.class, (e, s) -> domain("changed the status of domain",
                        e.domain().value(), PROGRESS).withDetail(e.from() + " → " + e.to()))
                .add(DmarcPolicyChangedEvent.class, (e, s) -> domain("set the DMARC policy of", e.domain().value(),
                        SUCCEEDED).withDetail(e.policy().record()))
                .add(MailDomainRemovalRequestedEvent.class, (e, s) -> e.setupRunning()
                        ? domain("removed domain", e.domain().value(), REQUESTED).withDetail("cancelling its set-up")
                        : domain("removed domain", e.domain().value(), REQUESTED))
                .add(MailDomainSetupCancelledEvent.class, (e, s) -> domain("removed domain", e.domain().value(),
                        PROGRESS).withDetail(e.leftoverStalwartDomainId() == null ? "set-up cancelled and undone"
                        : "set-up cancelled; its registration on the mail server is removed next"))
                .add(MailDomainRemovalRefusedEvent.class, (e, s) -> domain("removed domain", e.domain().value(),
                        FAILED).withDetail("refused, still used by " + String.join(", ", e.blockers())))
                .add(MailDomainRemovedEvent.class, (e, s) -> domain("removed domain", e.domain().value(), SUCCEEDED))
                .add(MailDomainTakeoverAbandonedEvent.class, (e, s) -> domain("took over domain", e.domain().value(),
                        FAILED).withDetail("its holder gave it up, but adding it was refused: " + e.reason()))
                .add(MailDomainExpiryScheduledEvent.class, (e, s) -> domain("added domain", e.domain().value(),
                        PROGRESS).withDetail("ownership not proven yet: removed at " + e.expiresAt()
                        + " unless its ownership record is published"))
                .add(MailDomainExpiryWarnedEvent.class, (e, s) -> domain("warned about domain", e.domain().value(),
                        PROGRESS).withDetail("ownership still not proven: it and its mailboxes, aliases and lists are"
                        + " removed at " + e.expiresAt()))
                .add(MailDomainOwnershipProvenEvent.class, (e, s) -> domain("proved ownership of", e.domain().value(),
                        SUCCEEDED))
                .add(MailDomainReleaseStartedEvent.class, (e, s) -> domain("removed domain", e.domain().value(),
                        REQUESTED).withDetail(e.reason() == MailDomainReleaseReason.EXPIRED
                        ? "its ownership was never proven in time: its mailboxes, aliases and lists are removed first"
                        : "another tenant proved ownership in DNS and took it over: its mailboxes, aliases and lists"
                        + " are removed first"));
    }

    /** {@code display name "Acme", admins: ann@acme.example, bob@acme.example}. */
    private static String details(TenantDetailsChangedEvent e) {
        String name = e.displayName() == null ? null : "display name \"" + e.displayName() + "\"";
        String admins = e.admins() == null ? null : "admins: " + String.join(", ",
                e.admins().stream().map(a -> a.email().value()).toList());
        return name == null ? admins : admins == null ? name : name + ", " + admins;
    }

    private static String lifecycleVerb(TenantOperationKind kind) {
        return switch (kind) {
            case SUSPEND -> "suspended tenant";
            case RESUME -> "resumed tenant";
            case OFFBOARDING -> "offboarded tenant";
        };
    }

    private static AuditDescription tenant(String action, String slug, String outcome) {
        return AuditDescription.of(action, "tenant", slug, slug, outcome);
    }

    private static AuditDescription domain(String action, String domain, String outcome) {
        return AuditDescription.of(action, "domain", domain, domain, outcome);
    }
}
