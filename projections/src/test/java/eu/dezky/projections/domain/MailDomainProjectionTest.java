package eu.dezky.projections.domain;

import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.FindMailDomainQuery;
import eu.dezky.api.domain.FindMailDomainsQuery;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;
import eu.dezky.api.tenant.PrimaryMailDomainChangedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The mail-domain read model on the Mongo-protocol server the engine embeds, fed events directly. */
class MailDomainProjectionTest {

    static final TenantId ACME = new TenantId("acme");
    static final TenantId OTHER = new TenantId("other");
    static final DomainName ORG = new DomainName("acme.org");
    static final DomainName NET = new DomainName("acme.net");
    static final DmarcPolicy REJECT = new DmarcPolicy("reject", "mailto:postmaster@acme.org");
    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MailDomainProjection projection;

    @BeforeEach
    void start() {
        projection = new MailDomainProjection(mongo.template(), mock(QueryUpdateEmitter.class));
    }

    @Test
    void replayingTheSameEventsLeavesTheSameView() {
        provision(ORG);
        MailDomainView once = find(ACME, ORG);

        provision(ORG);

        assertThat(find(ACME, ORG)).isEqualTo(once);
        assertThat(list(ACME)).hasSize(1);
    }

    @Test
    void anotherTenantsDomainIsAbsentAndNotListed() {
        provision(ORG);

        assertThat(find(OTHER, ORG)).isNull();
        assertThat(list(OTHER)).isEmpty();
    }

    @Test
    void thePrimaryFlagIsRightWhicheverAggregatesEventArrivesFirst() {
        projection.on(new PrimaryMailDomainChangedEvent(ACME, ORG));
        provision(ORG);
        provision(NET);
        assertThat(find(ACME, ORG).primary()).isTrue();
        assertThat(find(ACME, NET).primary()).isFalse();

        projection.on(new PrimaryMailDomainChangedEvent(ACME, NET));

        assertThat(find(ACME, ORG).primary()).isFalse();
        assertThat(find(ACME, NET).primary()).isTrue();
    }

    @Test
    void theBadgeCountsDomainsNeedingAttentionAndFailedOnes() {
        provision(ORG);
        projection.on(new MailDomainCheckedEvent(ORG, ACME, List.of(check("10 mail.acme.org.", RecordCheckStatus.MISSING)),
                DomainStatus.NEEDS_ATTENTION, NOW, NOW.plusSeconds(900), null));
        projection.on(new MailDomainAddedEvent(NET, ACME, "token-token-token-1", REJECT, null));
        projection.on(new MailDomainProvisioningFailedEvent(NET, ACME, "Stalwart refused", null));

        var domains = projection.handle(new FindMailDomainsQuery(ACME));

        assertThat(domains.needingAttention()).isEqualTo(2);
        assertThat(find(ACME, NET).problem()).isEqualTo("Stalwart refused");
    }

    @Test
    void aRefusedRemovalShowsItsBlockersAndTheRestoredStatusAndARemovedDomainIsGone() {
        provision(ORG);
        projection.on(new MailDomainRemovalRequestedEvent(ORG, ACME, "d1", null));
        assertThat(find(ACME, ORG).status()).isEqualTo(DomainStatus.REMOVING);

        projection.on(new MailDomainRemovalRefusedEvent(ORG, ACME, List.of("mailbox alice@acme.org"),
                DomainStatus.PENDING, null, null));
        assertThat(find(ACME, ORG).status()).isEqualTo(DomainStatus.PENDING);
        assertThat(find(ACME, ORG).removalBlockers()).containsExactly("mailbox alice@acme.org");

        projection.on(new MailDomainRemovalRequestedEvent(ORG, ACME, "d1", null));
        assertThat(find(ACME, ORG).removalBlockers()).isEmpty();
        projection.on(new MailDomainRemovedEvent(ORG, ACME, null));
        assertThat(find(ACME, ORG)).isNull();
        assertThat(list(ACME)).isEmpty();
    }

    @Test
    void aNewDmarcPolicyIsExpectedAtOnceButNotShownAsOkBeforeTheNextCheck() {
        provision(ORG);
        String old = REJECT.record();
        projection.on(new MailDomainCheckedEvent(ORG, ACME, List.of(check("10 mail.acme.org.", RecordCheckStatus.OK),
                new RecordCheck(DnsRecordType.DMARC, "_dmarc.acme.org", old, List.of(old), RecordCheckStatus.OK, null)),
                DomainStatus.VERIFIED, NOW, NOW.plusSeconds(86400), null));

        DmarcPolicy none = new DmarcPolicy("none", null);
        projection.on(new DmarcPolicyChangedEvent(ORG, ACME, none));

        RecordCheck dmarc = find(ACME, ORG).records().stream().filter(r -> r.type() == DnsRecordType.DMARC)
                .findFirst().orElseThrow();
        assertThat(dmarc.expected()).isEqualTo("v=DMARC1; p=none");
        assertThat(dmarc.found()).containsExactly(old);
        assertThat(dmarc.status()).isEqualTo(RecordCheckStatus.MISMATCH);
    }

    private void provision(DomainName domain) {
        projection.on(new MailDomainAddedEvent(domain, ACME, "token-token-token-1", REJECT, null));
        projection.on(new MailDomainProvisionedEvent(domain, ACME, "d1", List.of(
                new ExpectedDnsRecord(DnsRecordType.MX, domain.value(), "10 mail." + domain.value() + "."),
                new ExpectedDnsRecord(DnsRecordType.DMARC, "_dmarc." + domain.value(), REJECT.record())), null, null));
    }

    private static RecordCheck check(String mx, RecordCheckStatus status) {
        return new RecordCheck(DnsRecordType.MX, "acme.org", mx, List.of(), status, null);
    }

    private MailDomainView find(TenantId tenant, DomainName domain) {
        return projection.handle(new FindMailDomainQuery(tenant, domain));
    }

    private List<MailDomainView> list(TenantId tenant) {
        return projection.handle(new FindMailDomainsQuery(tenant)).domains();
    }
}
