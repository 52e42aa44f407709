package eu.dezky.platform.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Offboarding a tenant over HTTP against the sandbox simulators: lists, aliases, members, then domains removed as
 * one operation; a removal the mail server refuses stops it, the same DELETE again goes on from there; nothing of the
 * tenant is left in any system, and its slug stays taken. The restart in the middle: {@link OffboardingAfterRestartTest}.
 */
@SandboxComponentTest
@TestPropertySource(properties = "DEZKY_STALWART_MAX_ATTEMPTS=3")
class TenantOffboardingApiTest extends SandboxApiTest {

    @Test
    void aStoppedOffboardingGoesOnWhenRetriedAndLeavesNothingBehind() {
        String operator = api.token("op", "operator");
        String admin = onboarding.tenantWithDomain("gone-co", "gone.test");
        JsonNode ann = onboarding.activeMember("gone-co", admin, "ann");
        onboarding.activeMember("gone-co", admin, "ben");
        assertThat(api.post("/api/tenants/gone-co/mail/aliases", admin, Map.of("address", "sales@gone.test",
                "memberId", ann.get("id").asText())).status()).isEqualTo(201);
        assertThat(api.post("/api/tenants/gone-co/mail/lists", admin, Map.of("address", "team@gone.test", "name",
                "Team", "recipients", List.of("ann@gone.test", "ben@gone.test"))).status()).isEqualTo(201);

        assertThat(api.send("DELETE", "/api/tenants/gone-co", admin, null, Map.of()).status()).isEqualTo(403);
        simulators.stalwart().faults().failNext("x:MailingList/set", 10, 400);
        Api.Response first = api.send("DELETE", "/api/tenants/gone-co", operator, null, Map.of());
        JsonNode stopped = ended(first, operator);
        assertThat(stopped.get("kind").asText()).isEqualTo("tenant-offboarding");
        assertThat(stopped.get("status").asText()).as(stopped.toString()).isEqualTo("FAILED");
        assertThat(stopped.get("reason").asText()).isNotBlank();
        assertThat(stopped.get("steps")).extracting(s -> s.get("system").asText() + " " + s.get("target").asText()
                + " " + s.get("state").asText()).containsExactly("MAILING_LIST team@gone.test FAILED",
                "MAIL_ALIAS sales@gone.test PENDING", "MEMBER ann@gone.test PENDING", "MEMBER ben@gone.test PENDING",
                "MAIL_DOMAIN gone.test PENDING", "SSO_GROUP dezky-gone-co PENDING");
        assertThat(api.get("/api/tenants/gone-co", admin).body().get("status").asText()).isEqualTo("OFFBOARDING");
        Api.Response create = onboarding.create("gone-co", operator, "cleo", "member");
        assertThat(create.status()).isEqualTo(409);
        assertThat(create.body().get("code").asText()).isEqualTo("tenant-offboarded");

        simulators.clearFaults();
        Api.Response retry = api.send("DELETE", "/api/tenants/gone-co", operator, null, Map.of());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        JsonNode done = ended(retry, operator);
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("steps")).hasSize(6).allSatisfy(s ->
                assertThat(s.get("state").asText()).as(s.toString()).isEqualTo("DONE"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("/api/tenants/gone-co", operator).body().get("status").asText().equals("OFFBOARDED"));

        simulators.assertNoAccounts("ann@gone.test");
        simulators.assertNoAccounts("ben@gone.test");
        assertThat(simulators.stalwartInspect().mailingLists()).noneMatch(l -> l.toString().contains("gone.test"));
        assertThat(simulators.stalwartInspect().domainNamed("gone.test")).isEmpty();
        assertThat(simulators.authentik().hasGroup("dezky-gone-co")).isFalse();
        Api.Response again = api.post("/api/tenants", operator, Api.tenantBody("gone-co", "someone-else", null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("tenant-exists");
        assertThat(api.send("DELETE", "/api/tenants/gone-co", operator, null, Map.of()).body().get("code").asText())
                .isEqualTo("tenant-offboarded");
    }

    private JsonNode ended(Api.Response started, String operator) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        // five removals, each its own saga: generous on a loaded machine
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get(location, operator).body().path("status").asText().equals("RUNNING"));
        return api.get(location, operator).body();
    }
}
