package eu.dezky.projections.mail;

import eu.dezky.api.domain.DomainName;
import eu.dezky.api.mail.FindMailAddressesOnDomainQuery;
import eu.dezky.api.mail.FindMailAliasQuery;
import eu.dezky.api.mail.FindMailingListQuery;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalRequestedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailingListChangeFailedEvent;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListProvisionedEvent;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
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

/** The alias and list read models, and the domain-usage answer, on the Mongo-protocol server the engine embeds. */
class MailProjectionsTest {

    static final TenantId ACME = new TenantId("acme");
    static final TenantId OTHER = new TenantId("other");
    static final MemberId BOB_ID = new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final MailAddress BOB = new MailAddress("bob@acme.org");
    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MailAliasProjection aliases;
    MailingListProjection lists;
    MailDomainUsers users;

    @BeforeEach
    void start() {
        aliases = new MailAliasProjection(mongo.template(), mock(QueryUpdateEmitter.class));
        lists = new MailingListProjection(mongo.template(), mock(QueryUpdateEmitter.class));
        users = new MailDomainUsers(mongo.template());
    }

    @Test
    void anAliasRemovedWithItsMemberShowsWhy() {
        MailAliasId id = alias("sales@acme.org");
        aliases.on(new MailAliasProvisionedEvent(id, ACME, null));
        aliases.on(new MailAliasRemovalRequestedEvent(id, ACME, BOB_ID, BOB, "removed with member bob@acme.org: gone", null));
        aliases.on(new MailAliasRemovedEvent(id, ACME, "removed with member bob@acme.org: gone", null));

        var view = aliases.handle(new FindMailAliasQuery(ACME, id.address()));
        assertThat(view.status()).isEqualTo(MailObjectStatus.REMOVED);
        assertThat(view.reason()).isEqualTo("removed with member bob@acme.org: gone");
        assertThat(aliases.handle(new FindMailAliasQuery(OTHER, id.address()))).isNull();
    }

    @Test
    void aFailedChangeShowsTheRestoredListAndWhy() {
        MailingListId id = MailingListId.of(new MailAddress("team@acme.org"));
        Recipients before = new Recipients(List.of("a@acme.org"));
        Recipients after = new Recipients(List.of("b@other.com"));
        lists.on(new MailingListCreatedEvent(id, ACME, "Team", before, null), NOW);
        lists.on(new MailingListProvisionedEvent(id, ACME, null));
        lists.on(new MailingListChangedEvent(id, ACME, "New", after, "Team", before, null));
        assertThat(lists.handle(new FindMailingListQuery(ACME, id.address())).recipients()).containsExactly("b@other.com");

        lists.on(new MailingListChangeFailedEvent(id, ACME, "Team", before, "refused", false, null));

        var view = lists.handle(new FindMailingListQuery(ACME, id.address()));
        assertThat(view.status()).isEqualTo(MailObjectStatus.ACTIVE);
        assertThat(view.name()).isEqualTo("Team");
        assertThat(view.recipients()).containsExactly("a@acme.org");
        assertThat(view.reason()).isEqualTo("refused");
    }

    @Test
    void onlyTheTenantsAliasesAndListsInUseOnTheDomainBlockIt() {
        alias("sales@acme.org");
        alias("info@acme.net");
        MailAliasId failed = alias("old@acme.org");
        aliases.on(new MailAliasProvisioningFailedEvent(failed, ACME, "refused", false, null));
        aliases.on(new MailAliasCreatedEvent(MailAliasId.of(new MailAddress("x@acme.org")), OTHER, BOB_ID, BOB, null), NOW);
        lists.on(new MailingListCreatedEvent(MailingListId.of(new MailAddress("team@acme.org")), ACME, "Team",
                new Recipients(List.of("a@acme.net")), null), NOW);
        lists.on(new MailingListCreatedEvent(MailingListId.of(new MailAddress("all@sub.acme.org")), ACME, "All",
                new Recipients(List.of("a@acme.org")), null), NOW);

        assertThat(users.handle(new FindMailAddressesOnDomainQuery(ACME, new DomainName("acme.org"))).users())
                .containsExactlyInAnyOrder("alias sales@acme.org", "list team@acme.org");
    }

    private MailAliasId alias(String address) {
        MailAliasId id = MailAliasId.of(new MailAddress(address));
        aliases.on(new MailAliasCreatedEvent(id, ACME, BOB_ID, BOB, null), NOW);
        return id;
    }
}
