package eu.dezky.platform.partner;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.Partners;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import eu.dezky.projections.billing.TenantBillingProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A scripted history of plan and seat changes over five days, through the running engine with Axon's event clock
 * moved from day to day: {@code GET /api/partner/mrr} gives exactly the expected figure per day, and the same after
 * the billing projection is rebuilt from the event store. The days lie a year ahead, so deadlines the sagas schedule
 * from the moved clock lie ahead too and none fires early; the clock is put back after the test.
 */
@SandboxComponentTest
class MrrHistoryApiTest extends SandboxApiTest {

    @Autowired
    EventProcessingConfiguration processing;

    private final LocalDate day1 = LocalDate.now(ZoneOffset.UTC).plusYears(1);

    @AfterEach
    void restoreClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void mrrPerDayFollowsPlanAndSeatChangesExactlyAndSurvivesAReplay() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "mrr-" + suffix;
        Partners partners = new Partners(api);
        String partner = partners.create("Billing " + suffix);
        String staff = partners.staff(partner, "seller-" + suffix, "admin");
        assertThat(api.post("/api/tenants", staff, Api.tenantBody(slug, "owner-" + suffix, null)).status()).isEqualTo(201);
        String admin = api.token("owner-" + suffix, "customer-admin");
        onboarding.addDomain(slug, admin, slug + ".test");

        onDay(1); // a seat, no plan yet
        String bob = onboarding.activeMember(slug, admin, "bob").get("id").asText();
        onDay(2); // a plan of 10.00 EUR per seat, then a second seat
        plan(slug, staff, "Business", 1000, "EUR");
        String eve = onboarding.activeMember(slug, admin, "eve").get("id").asText();
        onDay(3); // Bob suspended: a suspended member keeps his seat
        assertThat(api.post("/api/tenants/" + slug + "/members/" + bob + "/suspend", admin, null).status()).isIn(200, 202);
        onboarding.settledAt("/api/tenants/" + slug + "/members/" + bob, admin, "ACTIVE");
        onDay(4); // the plan moves to 75.00 DKK per seat
        plan(slug, staff, "Business", 7500, "DKK");
        onDay(5); // Eve leaves
        assertThat(onboarding.remove(slug, admin, eve).status()).isIn(202, 204);
        onboarding.removed(slug, eve);

        Map<String, Object> expected = Map.of(
                day(1), Map.of(), day(2), Map.of("EUR", 2000), day(3), Map.of("EUR", 2000),
                day(4), Map.of("DKK", 15000), day(5), Map.of("DKK", 7500));
        // Billing is a projection of its own that lingers: Eve's removal shows there a moment after it ends.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(figures(staff)).isEqualTo(expected);
            JsonNode tenant = api.get("/api/partner/tenants", staff).body().get("tenants").get(0);
            assertThat(tenant.get("seats").asInt()).isEqualTo(1);
            assertThat(tenant.get("mrrMinor").asLong()).isEqualTo(7500);
            assertThat(tenant.get("currency").asText()).isEqualTo("DKK");
        });

        StreamingEventProcessor billing = processing.eventProcessor(TenantBillingProjection.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        billing.shutDown();
        billing.resetTokens();
        billing.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> !billing.isReplaying() && figures(staff).equals(expected));
        assertThat(figures(staff)).isEqualTo(expected);
    }

    /** Every day of the script as date → currency → minor units, as the partner's MRR route answers it. */
    private Map<String, Object> figures(String staff) {
        Api.Response mrr = api.get("/api/partner/mrr?from=" + day(1) + "&to=" + day(5), staff);
        assertThat(mrr.status()).as(mrr.toString()).isEqualTo(200);
        Map<String, Object> days = new java.util.TreeMap<>();
        mrr.body().get("days").forEach(d -> {
            Map<String, Object> amounts = new java.util.TreeMap<>();
            d.get("mrrMinor").fields().forEachRemaining(e -> amounts.put(e.getKey(), e.getValue().asInt()));
            days.put(d.get("date").asText(), amounts);
        });
        return days;
    }

    private void plan(String slug, String token, String plan, long price, String currency) {
        Api.Response set = api.send("PUT", "/api/tenants/" + slug + "/subscription", token,
                Map.of("plan", plan, "pricePerSeatMinor", price, "currency", currency), Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.body().get("currency").asText()).isEqualTo(currency);
    }

    /** Moves the event clock to 10:00 UTC of script day {@code n}; it keeps running from there. */
    private void onDay(int n) {
        Clock real = Clock.systemUTC();
        GenericEventMessage.clock = Clock.offset(real, Duration.between(real.instant(),
                day1.plusDays(n - 1L).atTime(10, 0).toInstant(ZoneOffset.UTC)));
    }

    private String day(int n) {
        return day1.plusDays(n - 1L).toString();
    }
}
