package eu.dezky.projections.partner;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.tenant.FindTenantDirectoryQuery;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantDirectoryEntry;
import eu.dezky.api.tenant.TenantDirectoryPage;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.projections.support.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenant directory on the Mongo-protocol server the engine embeds: domains needing attention, filters, pages. */
class TenantDirectoryProjectionTest {

    static final PartnerId NORDIC = new PartnerId("p_nordic");
    static final TenantId ACME = new TenantId("acme");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    TenantDirectoryProjection projection;

    @BeforeEach
    void start() {
        projection = new TenantDirectoryProjection(mongo.template());
    }

    @Test
    void domainsNeedingAttentionAreNamedAndRemovedOnesGone() {
        for (int replay = 0; replay < 2; replay++) {
            projection.on(created(ACME, NORDIC, "alice"), Instant.parse("2026-01-01T00:00:00Z"));
            added("acme.test");
            added("acme.shop");
            added("acme.old");
            projection.on(new MailDomainStatusChangedEvent(new DomainName("acme.test"), ACME, DomainStatus.VERIFIED,
                    DomainStatus.NEEDS_ATTENTION));
            projection.on(new MailDomainProvisioningFailedEvent(new DomainName("acme.shop"), ACME, "refused", "op-1"));
            projection.on(new MailDomainRemovedEvent(new DomainName("acme.old"), ACME, "op-2"));
        }
        TenantDirectoryEntry entry = page(new FindTenantDirectoryQuery(NORDIC, null, null, null, 10)).tenants().get(0);

        assertThat(entry.domainCount()).isEqualTo(2);
        assertThat(entry.domainsNeedingAttention()).containsExactly("acme.shop", "acme.test");
    }

    @Test
    void filtersByPartnerAndAdminAndPagesBySlug() {
        projection.on(created(new TenantId("b-co"), NORDIC, "bea"), Instant.now());
        projection.on(created(new TenantId("a-co"), NORDIC, "ann"), Instant.now());
        projection.on(created(new TenantId("c-co"), NORDIC, "ann"), Instant.now());
        projection.on(created(new TenantId("direct"), null, "ann"), Instant.now());

        TenantDirectoryPage first = page(new FindTenantDirectoryQuery(NORDIC, null, null, null, 2));
        assertThat(first.tenants()).extracting(TenantDirectoryEntry::slug).containsExactly("a-co", "b-co");
        TenantDirectoryPage second = page(new FindTenantDirectoryQuery(NORDIC, null, null, first.nextCursor(), 2));
        assertThat(second.tenants()).extracting(TenantDirectoryEntry::slug).containsExactly("c-co");
        assertThat(second.nextCursor()).isNull();
        assertThat(page(new FindTenantDirectoryQuery(null, null, "ann", null, 10)).tenants())
                .extracting(TenantDirectoryEntry::slug).containsExactly("a-co", "c-co", "direct");
    }

    private void added(String domain) {
        projection.on(new MailDomainAddedEvent(new DomainName(domain), ACME, "token", new DmarcPolicy("none", "mailto:postmaster@" + domain), "op-" + domain));
    }

    private TenantDirectoryPage page(FindTenantDirectoryQuery query) {
        return projection.handle(query);
    }

    private static TenantCreatedEvent created(TenantId tenant, PartnerId partner, String owner) {
        return new TenantCreatedEvent(tenant, "Tenant " + tenant.slug(),
                new TenantOwner(owner, new EmailAddress(owner + "@example.test")), partner);
    }
}
