package eu.dezky.adapters.notifications;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainExpiryScheduledEvent;
import eu.dezky.api.domain.MailDomainExpiryWarnedEvent;
import eu.dezky.api.domain.MailDomainOwnershipProvenEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainReleaseReason;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailingListChangeFailedEvent;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListProvisioningFailedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberDetailsChangedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.Username;
import eu.dezky.api.partner.PartnerCreatedEvent;
import eu.dezky.api.partner.PartnerStaffAddedEvent;
import eu.dezky.api.partner.PartnerStaffRemovedEvent;
import eu.dezky.api.partner.StaffRole;
import eu.dezky.api.partner.StaffSubject;
import eu.dezky.api.tenant.Subscription;
import eu.dezky.api.tenant.TenantAdmin;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantDetailsChangedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantOperationKind;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantSubscriptionChangedEvent;
import eu.dezky.api.tenant.TenantSuspendedEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One internal event per rule of the catalogue, with the public type it must become, and internal events that must
 * stay internal. The fields that must never be published hold {@link #SECRETS}, so a test can search for them.
 */
final class InternalEventSamples {

    static final String VAULT_REF = "vault-ref-1f3a";
    static final String REASON = "stalwart said 503 at step 2";
    static final String TOKEN = "dezky-verify-ownership-9c1e";
    static final List<String> SECRETS = List.of(VAULT_REF, REASON, TOKEN, "stalwart-id-77", "sso-pk-42",
            "carol@nordic.test");

    static final TenantId TENANT = new TenantId("acme");
    static final PartnerId PARTNER = new PartnerId("p_0123456789abcdef");
    static final MemberId MEMBER = new MemberId("0b6d1f52-6a4e-4d77-9d1a-3b6c1b0e9f10");
    static final MailAddress BOB = new MailAddress("bob@acme.test");
    static final DomainName DOMAIN = new DomainName("acme.test");
    static final MailAliasId ALIAS = MailAliasId.of(new MailAddress("sales@acme.test"));
    static final MailingListId LIST = MailingListId.of(new MailAddress("team@acme.test"));
    static final Recipients RECIPIENTS = new Recipients(List.of("bob@acme.test", "partner@other.example"));
    static final Recipients PREVIOUS = new Recipients(List.of("bob@acme.test"));

    private InternalEventSamples() {
    }

    /** Internal event → the public type it becomes, covering every rule. */
    static Map<Object, String> publicOnes() {
        Map<Object, String> samples = new LinkedHashMap<>();
        samples.put(new TenantCreatedEvent(TENANT, "Acme ApS", new TenantOwner("alice-sub", new EmailAddress("alice@acme.test")),
                new PartnerId("reseller-1")), "eu.dezky.tenant.created.v1");
        samples.put(new TenantSubscriptionChangedEvent(TENANT, new Subscription("Business", 4900, "DKK")),
                "eu.dezky.tenant.subscription-changed.v1");
        samples.put(new TenantSuspendedEvent(TENANT, "op-t", List.of()), "eu.dezky.tenant.suspended.v1");
        samples.put(new TenantResumedEvent(TENANT, "op-t"), "eu.dezky.tenant.resumed.v1");
        samples.put(new TenantOperationEndedEvent(TENANT, "op-o", TenantOperationKind.OFFBOARDING, null, null),
                "eu.dezky.tenant.offboarded.v1");
        samples.put(new MailDomainAddedEvent(DOMAIN, TENANT, TOKEN, new DmarcPolicy("none", null), null), "eu.dezky.domain.added.v1");
        samples.put(new MailDomainStatusChangedEvent(DOMAIN, TENANT, DomainStatus.PENDING, DomainStatus.VERIFIED),
                "eu.dezky.domain.verified.v1");
        samples.put(new MailDomainStatusChangedEvent(DOMAIN, TENANT, DomainStatus.VERIFIED, DomainStatus.NEEDS_ATTENTION),
                "eu.dezky.domain.needs-attention.v1");
        samples.put(new MailDomainProvisioningFailedEvent(DOMAIN, TENANT, REASON, null), "eu.dezky.domain.failed.v1");
        samples.put(new MailDomainRemovedEvent(DOMAIN, TENANT, null), "eu.dezky.domain.removed.v1");
        samples.put(new MailDomainExpiryWarnedEvent(DOMAIN, TENANT, java.time.Instant.parse("2026-12-06T10:00:00Z")),
                "eu.dezky.domain.expiry-warned.v1");
        samples.put(new MailDomainReleaseStartedEvent(DOMAIN, TENANT, MailDomainReleaseReason.TAKEN_OVER,
                new TenantId("owner"), TOKEN, null, null, false), "eu.dezky.domain.released.v1");
        samples.put(new MemberCreatedEvent(MEMBER, TENANT, "Bob Builder", new Username("bob"), MemberRole.ADMIN, BOB, VAULT_REF, null),
                "eu.dezky.member.created.v1");
        samples.put(new MemberLinkedEvent(new MemberId("6f0c4d0e-1c51-4f0e-8a4e-0c0f6f7f1a2b"), TENANT, "Bob Builder",
                new Username("bob"), MemberRole.MEMBER, new MailAddress("bob@other.test"), new TenantId("other"), null),
                "eu.dezky.member.created.v1");
        samples.put(new MemberProvisionedEvent(MEMBER, TENANT, null), "eu.dezky.member.active.v1");
        samples.put(new MemberProvisioningFailedEvent(MEMBER, TENANT, BOB, REASON, null), "eu.dezky.member.onboarding-failed.v1");
        samples.put(completed(MemberOperationKind.SUSPEND), "eu.dezky.member.suspended.v1");
        samples.put(completed(MemberOperationKind.RESUME), "eu.dezky.member.resumed.v1");
        samples.put(completed(MemberOperationKind.LOGOUT), "eu.dezky.member.logged-out.v1");
        samples.put(completed(MemberOperationKind.RESET_PASSWORD), "eu.dezky.member.password-reset.v1");
        samples.put(new MemberRemovedEvent(MEMBER, TENANT, BOB, true, null), "eu.dezky.member.removed.v1");
        samples.put(new MailAliasCreatedEvent(ALIAS, TENANT, MEMBER, BOB, null), "eu.dezky.alias.created.v1");
        samples.put(new MailAliasProvisioningFailedEvent(ALIAS, TENANT, REASON, true, null), "eu.dezky.alias.failed.v1");
        samples.put(new MailAliasRemovedEvent(ALIAS, TENANT, REASON, null), "eu.dezky.alias.removed.v1");
        samples.put(new MailingListCreatedEvent(LIST, TENANT, "Team", RECIPIENTS, null), "eu.dezky.list.created.v1");
        samples.put(new MailingListChangedEvent(LIST, TENANT, "Team", RECIPIENTS, "Old team", PREVIOUS, null), "eu.dezky.list.changed.v1");
        samples.put(new MailingListChangeFailedEvent(LIST, TENANT, "Old team", PREVIOUS, REASON, false, null), "eu.dezky.list.changed.v1");
        samples.put(new MailingListProvisioningFailedEvent(LIST, TENANT, REASON, false, null), "eu.dezky.list.failed.v1");
        samples.put(new MailingListRemovedEvent(LIST, TENANT, null), "eu.dezky.list.removed.v1");
        samples.put(new TenantDetailsChangedEvent(TENANT, "Acme Ltd",
                List.of(new TenantAdmin("alice-sub", new EmailAddress("alice@acme.test")))), "eu.dezky.tenant.updated.v1");
        samples.put(new MemberDetailsChangedEvent(MEMBER, TENANT, "op-u", "Bob B.", MemberRole.ADMIN, BOB,
                Map.of(MemberSystem.SSO, "sso-pk-42", MemberSystem.MAILBOX, "stalwart-id-77")), "eu.dezky.member.updated.v1");
        samples.put(new PartnerCreatedEvent(PARTNER, "Nordic IT", new EmailAddress("billing@nordic.test")),
                "eu.dezky.partner.created.v1");
        samples.put(new PartnerStaffAddedEvent(PARTNER, new StaffSubject("carol-sub"),
                new EmailAddress("carol@nordic.test"), StaffRole.ADMIN), "eu.dezky.partner.staff-added.v1");
        samples.put(new PartnerStaffRemovedEvent(PARTNER, new StaffSubject("carol-sub")),
                "eu.dezky.partner.staff-removed.v1");
        return samples;
    }

    /** Internal events with no public counterpart: steps, starts of operations, failed operations, checks. */
    static List<Object> internalOnes() {
        return List.of(
                new MemberOperationStartedEvent(MEMBER, TENANT, "op-1", MemberOperationKind.RESET_PASSWORD, BOB,
                        Map.of(MemberSystem.SSO, "sso-pk-42", MemberSystem.MAILBOX, "stalwart-id-77"), VAULT_REF),
                new MemberStepRecordedEvent(MEMBER, TENANT, StepStatus.pending(MemberSystem.SSO), "sso-pk-42", null),
                new MemberOperationFailedEvent(MEMBER, TENANT, "op-1", MemberOperationKind.SUSPEND, REASON),
                new MailDomainStatusChangedEvent(DOMAIN, TENANT, DomainStatus.PROVISIONING, DomainStatus.PENDING),
                new MailDomainCheckRequestedEvent(DOMAIN, TENANT, null),
                new TenantOperationEndedEvent(TENANT, "op-o", TenantOperationKind.OFFBOARDING, REASON, null),
                new TenantOperationEndedEvent(TENANT, "op-s", TenantOperationKind.SUSPEND, null, null),
                new MailDomainOwnershipProvenEvent(DOMAIN, TENANT),
                new MailDomainExpiryScheduledEvent(DOMAIN, TENANT, java.time.Instant.parse("2026-12-06T10:00:00Z")),
                new MailAliasProvisionedEvent(ALIAS, TENANT, null));
    }

    private static MemberOperationCompletedEvent completed(MemberOperationKind kind) {
        return new MemberOperationCompletedEvent(MEMBER, TENANT, "op-" + kind, kind);
    }
}
