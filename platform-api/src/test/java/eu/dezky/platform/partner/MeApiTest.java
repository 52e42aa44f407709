package eu.dezky.platform.partner;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/me} for customer admins: the tenants they reach by the same rules as the access policy (listed
 * admin, or ACTIVE member with role admin), each with its subscription, seats and MRR; a plain member reaches none.
 */
@SandboxComponentTest
class MeApiTest extends SandboxApiTest {

    @Test
    void aCustomerAdminSeesEveryTenantTheyAdministerWithItsSubscription() {
        String owner = onboarding.tenantWithDomain("me-co", "me-co.test");
        JsonNode alice = onboarding.active("me-co", onboarding.create("me-co", owner, "alice", "admin"));
        JsonNode bob = onboarding.activeMember("me-co", owner, "bob");
        var plan = api.send("PUT", "/api/tenants/me-co/subscription", api.token("op", "operator"),
                Map.of("plan", "Pro", "pricePerSeatMinor", 1250, "currency", "EUR"), Map.of());
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        assertThat(plan.body().get("seats").asInt()).isEqualTo(2);
        assertThat(plan.body().get("mrrMinor").asLong()).isEqualTo(2500);

        JsonNode ownerMe = api.get("/api/me", owner).body();
        assertThat(ownerMe.at("/tenants/0/slug").asText()).isEqualTo("me-co");
        assertThat(ownerMe.at("/tenants/0/via").asText()).isEqualTo("tenant-admin");
        assertThat(ownerMe.at("/tenants/0/subscription/mrrMinor").asLong()).isEqualTo(2500);
        assertThat(ownerMe.has("partner")).isFalse();

        String aliceToken = onboarding.token(alice.get("ssoSubject").asText(), "alice@me-co.test", "customer-admin");
        JsonNode aliceMe = api.get("/api/me", aliceToken).body();
        assertThat(aliceMe.at("/tenants/0/via").asText()).isEqualTo("admin-member");
        assertThat(aliceMe.at("/tenants/0/role").asText()).isEqualTo("admin");
        assertThat(aliceMe.at("/tenants/0/subscription/plan").asText()).isEqualTo("Pro");

        String bobToken = onboarding.token(bob.get("ssoSubject").asText(), "bob@me-co.test", "customer-admin");
        assertThat(api.get("/api/me", bobToken).body().get("tenants")).isEmpty();
    }

    @Test
    void aTenantsOwnAdminCannotPriceIt() {
        String owner = onboarding.tenant("diy-price");

        var response = api.send("PUT", "/api/tenants/diy-price/subscription", owner,
                Map.of("plan", "Free", "pricePerSeatMinor", 0, "currency", "EUR"), Map.of());

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aBadPlanIsRefusedNamingTheField() {
        onboarding.tenant("bad-price");
        String operator = api.token("op", "operator");
        for (var bad : Map.of("pricePerSeatMinor", Map.of("plan", "P", "pricePerSeatMinor", 12.5, "currency", "EUR"),
                "currency", Map.of("plan", "P", "pricePerSeatMinor", 100, "currency", "EURO"),
                "plan", Map.of("plan", " ", "pricePerSeatMinor", 100, "currency", "EUR")).entrySet()) {
            var response = api.send("PUT", "/api/tenants/bad-price/subscription", operator, bad.getValue(), Map.of());
            assertThat(response.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(response.body().get("field").asText()).isEqualTo(bad.getKey());
        }
    }
}
