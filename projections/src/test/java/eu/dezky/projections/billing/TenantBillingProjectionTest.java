package eu.dezky.projections.billing;

import eu.dezky.api.billing.FindMrrQuery;
import eu.dezky.api.billing.FindTenantBillingQuery;
import eu.dezky.api.billing.MrrDay;
import eu.dezky.api.billing.TenantBillingView;
import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.Subscription;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.api.tenant.TenantSubscriptionChangedEvent;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The billing read model on the Mongo-protocol server the engine embeds, fed a scripted history directly: figures
 * per day, redelivery and a replay. (The same history through the running engine is {@code MrrHistoryApiTest}.)
 */
class TenantBillingProjectionTest {

    static final TenantId ACME = new TenantId("acme");
    static final PartnerId NORDIC = new PartnerId("p_nordic");
    static final MemberId BOB = new MemberId(UUID.randomUUID().toString());
    static final MemberId EVE = new MemberId(UUID.randomUUID().toString());

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    TenantBillingProjection projection;
    BillingQueryHandlers queries;
    int events;

    @BeforeEach
    void start() {
        projection = new TenantBillingProjection(mongo.template(), mock(QueryUpdateEmitter.class));
        queries = new BillingQueryHandlers(mongo.template());
    }

    @Test
    void eachDayShowsTheMrrInForceAtItsEndAndAReplayGivesTheSame() {
        List<MrrDay> first = history();
        projection.reset();
        events = 0;
        List<MrrDay> replayed = history();

        assertThat(first).extracting(MrrDay::mrrMinor).containsExactly(
                Map.of(),                     // 03-01: a seat, no plan yet
                Map.of("EUR", 2000L),          // 03-02: plan 10.00 EUR; second seat in the evening
                Map.of("EUR", 2000L),          // 03-03: Bob suspended: still a seat
                Map.of("DKK", 15000L),         // 03-04: plan moved to 75.00 DKK
                Map.of("DKK", 7500L));         // 03-05: Eve's removal started: one seat left
        assertThat(replayed).isEqualTo(first);
        TenantBillingView now = queries.handle(new FindTenantBillingQuery(ACME));
        assertThat(now.seats()).isEqualTo(1);
        assertThat(now.members()).isEqualTo(2);
        assertThat(now.mrrMinor()).isEqualTo(7500);
    }

    @Test
    void anEventHandledTwiceCountsOnce() {
        projection.on(created());
        projection.on(new TenantSubscriptionChangedEvent(ACME, new Subscription("Basic", 500, "EUR")),
                at("2025-03-01T09:00:00Z"), "plan-1");
        MemberProvisionedEvent provisioned = new MemberProvisionedEvent(BOB, ACME, "op-b");
        projection.on(provisioned, at("2025-03-01T10:00:00Z"), "prov-1");
        projection.on(provisioned, at("2025-03-01T10:00:00Z"), "prov-1");
        projection.on(new TenantSubscriptionChangedEvent(ACME, new Subscription("Basic", 500, "EUR")),
                at("2025-03-01T09:00:00Z"), "plan-1");

        assertThat(day("2025-03-01")).isEqualTo(Map.of("EUR", 500L));
    }

    private List<MrrDay> history() {
        projection.on(created());
        member(BOB, "bob", "2025-03-01T09:00:00Z");
        projection.on(new TenantSubscriptionChangedEvent(ACME, new Subscription("Business", 1000, "EUR")),
                at("2025-03-02T10:00:00Z"), next());
        member(EVE, "eve", "2025-03-02T23:59:59Z");
        projection.on(new MemberOperationCompletedEvent(BOB, ACME, "op-1", MemberOperationKind.SUSPEND),
                at("2025-03-03T12:00:00Z"), next());
        projection.on(new TenantSubscriptionChangedEvent(ACME, new Subscription("Business", 7500, "DKK")),
                at("2025-03-04T00:00:00Z"), next());
        projection.on(new MemberRemovalStartedEvent(EVE, ACME, new MailAddress("eve@acme.test"), null, null, null, true, "op-r"),
                at("2025-03-05T07:00:00Z"), next());
        return queries.handle(new FindMrrQuery(NORDIC, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-05"))).days();
    }

    private Map<String, Long> day(String date) {
        return queries.handle(new FindMrrQuery(NORDIC, LocalDate.parse(date), LocalDate.parse(date))).days().get(0).mrrMinor();
    }

    private void member(MemberId id, String name, String provisionedAt) {
        projection.on(new MemberCreatedEvent(id, ACME, name, new Username(name), MemberRole.MEMBER,
                new MailAddress(name + "@acme.test"), "ref", "op-c-" + name), at(provisionedAt).minusSeconds(1), next());
        projection.on(new MemberProvisionedEvent(id, ACME, "op-" + name), at(provisionedAt), next());
    }

    private TenantCreatedEvent created() {
        return new TenantCreatedEvent(ACME, "Acme", new TenantOwner("alice", new EmailAddress("alice@acme.test")), NORDIC);
    }

    private String next() {
        return "event-" + (++events);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
