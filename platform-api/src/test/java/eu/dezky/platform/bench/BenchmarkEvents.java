package eu.dezky.platform.bench;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasStepRecordedEvent;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListProvisionedEvent;
import eu.dezky.api.mail.MailingListStepRecordedEvent;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimConfirmedEvent;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberOperationStepRecordedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberSsoSubjectRecordedEvent;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.MailDomainAttachedEvent;
import eu.dezky.api.tenant.PrimaryMailDomainChangedEvent;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events of one realistic tenant, as the engine records them: the tenant, a verified mail domain, members
 * onboarded in three systems (8 events each, as measured in issue 17), a lifecycle operation on every fourth member,
 * two aliases and a list, each with its address claim. Metadata as a request would leave it.
 */
final class BenchmarkEvents {

    static final int MEMBERS_PER_TENANT = 10;

    private final Map<String, Long> sequences = new HashMap<>();
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant clock;
    private Map<String, Object> metaData;

    BenchmarkEvents(Instant start) {
        this.clock = start;
    }

    List<DomainEventMessage<?>> tenant(int number) {
        events.clear();
        TenantId tenant = new TenantId(String.format("bench-%05d", number));
        DomainName domain = new DomainName(tenant.slug() + ".test");
        metaData = Map.of("subject", "op-bench", "audience", "operator", "email", "op@bench.test",
                "tenant", tenant.slug(), "requestId", UUID.randomUUID().toString(), "clientIp", "10.0.0.7");
        add("TenantAggregate", tenant.slug(), new TenantCreatedEvent(tenant, "Tenant " + number,
                new TenantOwner("owner-" + number, new EmailAddress("owner@" + domain.value())), null));
        domain(tenant, domain);
        List<MailAddress> mailboxes = new ArrayList<>();
        for (int m = 0; m < MEMBERS_PER_TENANT; m++) {
            mailboxes.add(member(tenant, domain, m));
        }
        for (int a = 0; a < 2; a++) {
            MailAddress address = new MailAddress("alias" + a + "@" + domain.value());
            MailAliasId id = MailAliasId.of(address);
            claim(tenant, address, "alias:" + address.value());
            add("MailAliasAggregate", id.toString(), new MailAliasCreatedEvent(id, tenant, memberIdOf(tenant, a),
                    mailboxes.get(a), null));
            add("MailAliasAggregate", id.toString(), new MailAliasStepRecordedEvent(id, tenant,
                    new MailStep(StepState.DONE, 1, 8, null, null), null));
            add("MailAliasAggregate", id.toString(), new MailAliasProvisionedEvent(id, tenant, null));
        }
        MailAddress listAddress = new MailAddress("team@" + domain.value());
        MailingListId list = MailingListId.of(listAddress);
        claim(tenant, listAddress, "list:" + listAddress.value());
        add("MailingListAggregate", list.toString(), new MailingListCreatedEvent(list, tenant, "Team",
                new Recipients(mailboxes.stream().map(MailAddress::value).toList()), null));
        add("MailingListAggregate", list.toString(), new MailingListStepRecordedEvent(list, tenant,
                new MailStep(StepState.DONE, 1, 8, null, null), null));
        add("MailingListAggregate", list.toString(), new MailingListProvisionedEvent(list, tenant, null));
        return List.copyOf(events);
    }

    private void domain(TenantId tenant, DomainName domain) {
        String id = domain.value();
        add("MailDomainAggregate", id, new MailDomainAddedEvent(domain, tenant, "dezky-verify=" + UUID.randomUUID(),
                new DmarcPolicy("quarantine", null), null));
        List<ExpectedDnsRecord> records = List.of(new ExpectedDnsRecord(DnsRecordType.MX, id, "10 mx.dezky.eu."),
                new ExpectedDnsRecord(DnsRecordType.SPF, id, "v=spf1 include:dezky.eu -all"),
                new ExpectedDnsRecord(DnsRecordType.DMARC, "_dmarc." + id, "v=DMARC1; p=quarantine"));
        add("MailDomainAggregate", id, new MailDomainProvisionedEvent(domain, tenant, "stalwart-" + id, records, null, null));
        add("MailDomainAggregate", id, new MailDomainCheckedEvent(domain, tenant, records.stream().map(r ->
                new RecordCheck(r.type(), r.name(), r.value(), List.of(r.value()), RecordCheckStatus.OK, null)).toList(),
                DomainStatus.VERIFIED, clock, clock.plusSeconds(86400), null));
        add("MailDomainAggregate", id, new MailDomainStatusChangedEvent(domain, tenant, DomainStatus.PENDING,
                DomainStatus.VERIFIED));
        add("TenantAggregate", tenant.slug(), new MailDomainAttachedEvent(tenant, domain));
        add("TenantAggregate", tenant.slug(), new PrimaryMailDomainChangedEvent(tenant, domain));
    }

    private MailAddress member(TenantId tenant, DomainName domain, int number) {
        MemberId id = memberIdOf(tenant, number);
        Username username = new Username("user" + number);
        MailAddress mailbox = MailAddress.of(username, domain.value());
        claim(tenant, mailbox, "member:" + id.value());
        add("MemberAggregate", id.value(), new MemberCreatedEvent(id, tenant, "User " + number, username,
                number == 0 ? MemberRole.ADMIN : MemberRole.MEMBER, mailbox, "vault:" + UUID.randomUUID(), null));
        for (MemberSystem system : MemberSystem.values()) {
            add("MemberAggregate", id.value(), new MemberStepRecordedEvent(id, tenant,
                    new StepStatus(system, StepState.DONE, 1, 8, null, null), system + "-" + id.value(), null));
        }
        add("MemberAggregate", id.value(), new MemberSsoSubjectRecordedEvent(id, tenant, "sub-" + id.value()));
        add("MemberAggregate", id.value(), new MemberProvisionedEvent(id, tenant, null));
        if (number % 4 == 3) {
            String operation = UUID.randomUUID().toString();
            add("MemberAggregate", id.value(), new MemberOperationStartedEvent(id, tenant, operation,
                    MemberOperationKind.SUSPEND, mailbox, Map.of(MemberSystem.SSO, "sso-" + number), null));
            for (MemberSystem system : MemberSystem.values()) {
                add("MemberAggregate", id.value(), new MemberOperationStepRecordedEvent(id, tenant, operation,
                        MemberOperationKind.SUSPEND, new StepStatus(system, StepState.DONE, 1, 8, null, null)));
            }
            add("MemberAggregate", id.value(), new MemberOperationCompletedEvent(id, tenant, operation,
                    MemberOperationKind.SUSPEND));
        }
        return mailbox;
    }

    private void claim(TenantId tenant, MailAddress address, String claimant) {
        add("MailAddressClaimAggregate", address.value(), new MailAddressClaimedEvent(address, tenant, claimant, true));
        add("MailAddressClaimAggregate", address.value(), new MailAddressClaimConfirmedEvent(address, tenant, claimant));
    }

    private static MemberId memberIdOf(TenantId tenant, int number) {
        return new MemberId(UUID.nameUUIDFromBytes((tenant.slug() + "/" + number).getBytes()).toString());
    }

    private void add(String type, String aggregate, Object payload) {
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        clock = clock.plusMillis(37);
        events.add(new GenericDomainEventMessage<>(type, aggregate, sequence, payload, MetaData.from(metaData),
                UUID.randomUUID().toString(), clock));
    }
}
