package eu.dezky.adapters.notifications;

import eu.dezky.adapters.notifications.payload.AliasCreatedData;
import eu.dezky.adapters.notifications.payload.DomainData;
import eu.dezky.adapters.notifications.payload.DomainExpiryData;
import eu.dezky.adapters.notifications.payload.DomainReleasedData;
import eu.dezky.adapters.notifications.payload.ListData;
import eu.dezky.adapters.notifications.payload.MailObjectData;
import eu.dezky.adapters.notifications.payload.MemberCreatedData;
import eu.dezky.adapters.notifications.payload.MemberData;
import eu.dezky.adapters.notifications.payload.MemberRemovedData;
import eu.dezky.adapters.notifications.payload.MemberUpdatedData;
import eu.dezky.adapters.notifications.payload.PartnerData;
import eu.dezky.adapters.notifications.payload.PartnerStaffData;
import eu.dezky.adapters.notifications.payload.SubscriptionData;
import eu.dezky.adapters.notifications.payload.TenantStatusData;
import eu.dezky.adapters.notifications.payload.TenantCreatedData;
import eu.dezky.adapters.notifications.payload.TenantUpdatedData;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainExpiryWarnedEvent;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailingListChangeFailedEvent;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListProvisioningFailedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberDetailsChangedEvent;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.partner.PartnerCreatedEvent;
import eu.dezky.api.partner.PartnerStaffAddedEvent;
import eu.dezky.api.partner.PartnerStaffRemovedEvent;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantDetailsChangedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantSubscriptionChangedEvent;
import eu.dezky.api.tenant.TenantSuspendedEvent;

import java.util.Locale;

/**
 * The one place where internal events become public ones: a line per public type. The payloads name states with
 * their own strings rather than the internal enums, so renaming an internal value never changes the contract. To
 * publish a new type, add a line here and its schema to {@code docs/asyncapi/lifecycle.yaml} (a test checks both).
 * Reasons, vault references, ownership tokens and vendor ids never leave: the payload records have no place for them.
 */
public final class LifecycleCatalogue {

    public static final Catalogue CATALOGUE = Catalogue.builder()
            .map(TenantCreatedEvent.class, "eu.dezky.tenant.created.v1", e -> new TenantCreatedData(slug(e),
                    e.displayName(), e.partnerId() == null ? null : e.partnerId().value(), e.owner().email().value()))
            .map(TenantSubscriptionChangedEvent.class, "eu.dezky.tenant.subscription-changed.v1",
                    e -> new SubscriptionData(slug(e), e.subscription().plan(), e.subscription().pricePerSeatMinor(),
                            e.subscription().currency()))
            .map(TenantDetailsChangedEvent.class, "eu.dezky.tenant.updated.v1", e -> new TenantUpdatedData(slug(e),
                    e.displayName(), e.admins() == null ? null : e.admins().stream()
                            .map(a -> new TenantUpdatedData.Admin(a.subject(), a.email().value())).toList()))
            .map(TenantSuspendedEvent.class, "eu.dezky.tenant.suspended.v1",
                    e -> new TenantStatusData(slug(e), "SUSPENDED"))
            .map(TenantResumedEvent.class, "eu.dezky.tenant.resumed.v1", e -> new TenantStatusData(slug(e), "ACTIVE"))
            .map(TenantOperationEndedEvent.class, TenantOperationEndedEvent::offboarded,
                    "eu.dezky.tenant.offboarded.v1",
                    e -> new TenantStatusData(slug(e), "OFFBOARDED"))

            .map(MailDomainAddedEvent.class, "eu.dezky.domain.added.v1",
                    e -> new DomainData(slug(e), e.domain().value(), "PROVISIONING"))
            .map(MailDomainStatusChangedEvent.class, e -> e.to() == DomainStatus.VERIFIED, "eu.dezky.domain.verified.v1",
                    e -> new DomainData(slug(e), e.domain().value(), "VERIFIED"))
            .map(MailDomainStatusChangedEvent.class, e -> e.to() == DomainStatus.NEEDS_ATTENTION,
                    "eu.dezky.domain.needs-attention.v1", e -> new DomainData(slug(e), e.domain().value(), "NEEDS_ATTENTION"))
            .map(MailDomainProvisioningFailedEvent.class, "eu.dezky.domain.failed.v1",
                    e -> new DomainData(slug(e), e.domain().value(), "FAILED"))
            .map(MailDomainRemovedEvent.class, "eu.dezky.domain.removed.v1",
                    e -> new DomainData(slug(e), e.domain().value(), "REMOVED"))
            .map(MailDomainExpiryWarnedEvent.class, "eu.dezky.domain.expiry-warned.v1",
                    e -> new DomainExpiryData(slug(e), e.domain().value(), e.expiresAt().toString()))
            .map(MailDomainReleaseStartedEvent.class, "eu.dezky.domain.released.v1",
                    e -> new DomainReleasedData(slug(e), e.domain().value(), e.reason().name()))

            .map(MemberCreatedEvent.class, "eu.dezky.member.created.v1", e -> new MemberCreatedData(slug(e),
                    e.memberId().value(), e.displayName(), e.mailbox().value(), role(e.role()), false, "PROVISIONING"))
            .map(MemberLinkedEvent.class, "eu.dezky.member.created.v1", e -> new MemberCreatedData(slug(e),
                    e.memberId().value(), e.displayName(), e.mailbox().value(), role(e.role()), true, "PROVISIONING"))
            .map(MemberProvisionedEvent.class, "eu.dezky.member.active.v1",
                    e -> new MemberData(slug(e), e.memberId().value(), "ACTIVE"))
            .map(MemberProvisioningFailedEvent.class, "eu.dezky.member.onboarding-failed.v1",
                    e -> new MemberData(slug(e), e.memberId().value(), "FAILED"))
            .map(MemberOperationCompletedEvent.class, e -> e.kind() == MemberOperationKind.SUSPEND,
                    "eu.dezky.member.suspended.v1", e -> new MemberData(slug(e), e.memberId().value(), "SUSPENDED"))
            .map(MemberOperationCompletedEvent.class, e -> e.kind() == MemberOperationKind.RESUME,
                    "eu.dezky.member.resumed.v1", e -> new MemberData(slug(e), e.memberId().value(), "ACTIVE"))
            .map(MemberOperationCompletedEvent.class, e -> e.kind() == MemberOperationKind.LOGOUT,
                    "eu.dezky.member.logged-out.v1", e -> new MemberData(slug(e), e.memberId().value(), null))
            .map(MemberOperationCompletedEvent.class, e -> e.kind() == MemberOperationKind.RESET_PASSWORD,
                    "eu.dezky.member.password-reset.v1", e -> new MemberData(slug(e), e.memberId().value(), null))
            .map(MemberDetailsChangedEvent.class, "eu.dezky.member.updated.v1", e -> new MemberUpdatedData(slug(e),
                    e.memberId().value(), e.displayName(), e.role() == null ? null : role(e.role())))
            .map(MemberRemovedEvent.class, "eu.dezky.member.removed.v1", e -> new MemberRemovedData(slug(e),
                    e.memberId().value(), e.mailbox().value(), e.mailboxKept(), "REMOVED"))

            .map(MailAliasCreatedEvent.class, "eu.dezky.alias.created.v1", e -> new AliasCreatedData(slug(e),
                    e.id().address().value(), e.memberId().value(), e.mailbox().value(), "PROVISIONING"))
            .map(MailAliasProvisioningFailedEvent.class, "eu.dezky.alias.failed.v1", e -> new MailObjectData(slug(e),
                    e.id().address().value(), e.leftover() ? "NEEDS_ATTENTION" : "FAILED"))
            .map(MailAliasRemovedEvent.class, "eu.dezky.alias.removed.v1",
                    e -> new MailObjectData(slug(e), e.id().address().value(), "REMOVED"))

            .map(MailingListCreatedEvent.class, "eu.dezky.list.created.v1", e -> new ListData(slug(e),
                    e.id().address().value(), e.name(), e.recipients().addresses(), "PROVISIONING"))
            .map(MailingListChangedEvent.class, "eu.dezky.list.changed.v1", e -> new ListData(slug(e),
                    e.id().address().value(), e.name(), e.recipients().addresses(), "UPDATING"))
            // a change that failed for good put the previous name and recipients back: that is a change too
            .map(MailingListChangeFailedEvent.class, "eu.dezky.list.changed.v1", e -> new ListData(slug(e),
                    e.id().address().value(), e.name(), e.recipients().addresses(),
                    e.leftover() ? "NEEDS_ATTENTION" : "ACTIVE"))
            .map(MailingListProvisioningFailedEvent.class, "eu.dezky.list.failed.v1", e -> new MailObjectData(slug(e),
                    e.id().address().value(), e.leftover() ? "NEEDS_ATTENTION" : "FAILED"))
            .map(MailingListRemovedEvent.class, "eu.dezky.list.removed.v1",
                    e -> new MailObjectData(slug(e), e.id().address().value(), "REMOVED"))

            // a partner's own events, keyed by the partner: billing learns of a reseller and its team from them
            .map(PartnerCreatedEvent.class, "eu.dezky.partner.created.v1", e -> new PartnerData(e.partnerId().value(),
                    e.name(), e.billingEmail().value()))
            .map(PartnerStaffAddedEvent.class, "eu.dezky.partner.staff-added.v1", e -> new PartnerStaffData(
                    e.partnerId().value(), e.subject().value(), e.role().wireName()))
            .map(PartnerStaffRemovedEvent.class, "eu.dezky.partner.staff-removed.v1", e -> new PartnerStaffData(
                    e.partnerId().value(), e.subject().value(), null))
            .build();

    private LifecycleCatalogue() {
    }

    private static String slug(TenantScoped event) {
        return event.tenantId().slug();
    }

    private static String role(MemberRole role) {
        return role == MemberRole.ADMIN ? "admin" : "member";
    }
}
