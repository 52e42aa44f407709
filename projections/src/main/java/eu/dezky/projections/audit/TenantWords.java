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
                .add(MailDomainRemovalRequestedEvent.class, (e, s) -> domain("removed domain", e.domain().value(),
                        REQUESTED))
                .add(MailDomainRemovalRefusedEvent.class, (e, s) -> domain("removed domain", e.domain().value(),
                        FAILED).withDetail("refused, still used by " + String.join(", ", e.blockers())))
                .add(MailDomainRemovedEvent.class, (e, s) -> domain("removed domain", e.domain().value(), SUCCEEDED));
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
