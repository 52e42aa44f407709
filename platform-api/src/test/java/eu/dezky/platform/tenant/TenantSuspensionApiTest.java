package eu.dezky.platform.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Suspending and resuming a whole tenant over HTTP against the sandbox simulators: every member frozen in Authentik,
 * Stalwart and oCIS as one operation with a step per member, the admins reduced to reading, and only the members the
 * suspension suspended resumed.
 */
@SandboxComponentTest
@TestPropertySource(properties = "DEZKY_STALWART_MAX_ATTEMPTS=3")
class TenantSuspensionApiTest extends SandboxApiTest {

    private String operator;

    @BeforeEach
    void operator() {
        operator = api.token("op", "operator");
    }

    @Test
    void suspendingFreezesEveryMemberAndLeavesTheAdminsReadingOnly() {
        String admin = onboarding.tenantWithDomain("halt-co", "halt.test");
        JsonNode ann = onboarding.activeMember("halt-co", admin, "ann");
        JsonNode ben = onboarding.activeMember("halt-co", admin, "ben");
        assertThat(api.post("/api/tenants/halt-co/mail/aliases", admin, Map.of("address", "sales@halt.test",
                "memberId", ann.get("id").asText())).status()).isEqualTo(201);
        String annMailbox = simulators.mailboxId("ann@halt.test");

        assertThat(api.post("/api/tenants/halt-co/suspend", admin, Map.of()).status()).isEqualTo(403);
        Api.Response suspend = api.post("/api/tenants/halt-co/suspend", operator, Map.of());
        assertThat(suspend.status()).as(suspend.toString()).isEqualTo(202);
        assertThat(suspend.header("Location")).startsWith("/api/tenants/halt-co/operations/");
        JsonNode operation = ended(suspend);
        assertThat(operation.get("kind").asText()).isEqualTo("tenant-suspend");
        assertThat(operation.get("status").asText()).as(operation.toString()).isEqualTo("DONE");
        assertThat(operation.get("steps")).extracting(s -> s.get("target").asText())
                .containsExactly("ann@halt.test", "ben@halt.test");
        assertThat(operation.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));

        assertThat(api.get("/api/tenants/halt-co", admin).body().get("status").asText()).isEqualTo("SUSPENDED");
        for (String mailbox : List.of("ann@halt.test", "ben@halt.test")) {
            assertThat(simulators.ssoUser(mailbox).active()).as(mailbox).isFalse();
            assertThat(simulators.filesUser(mailbox).enabled()).as(mailbox).isFalse();
        }
        assertThat(simulators.stalwartInspect().canLogIn(annMailbox, ann.get("oneTimePassword").asText())).isFalse();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                status("halt-co", ben.get("id").asText()).equals("SUSPENDED"));

        Api.Response create = onboarding.create("halt-co", admin, "cleo", "member");
        assertThat(create.status()).isEqualTo(409);
        assertThat(create.body().get("code").asText()).isEqualTo("tenant-suspended");
        Api.Response unalias = api.send("DELETE", "/api/tenants/halt-co/mail/aliases/sales@halt.test", admin, null,
                Map.of());
        assertThat(unalias.body().get("code").asText()).isEqualTo("tenant-suspended");
        assertThat(api.get("/api/tenants/halt-co/members", admin).status()).isEqualTo(200);
        assertThat(api.get("/api/tenants/halt-co/mail/aliases", admin).status()).isEqualTo(200);
        Api.Response single = api.post("/api/tenants/halt-co/members/" + ann.get("id").asText() + "/resume",
                operator, Map.of());
        assertThat(single.status()).isEqualTo(409);
        assertThat(single.body().get("code").asText()).isEqualTo("tenant-suspended");

        Api.Response resume = api.post("/api/tenants/halt-co/resume", operator, Map.of());
        assertThat(resume.status()).as(resume.toString()).isEqualTo(202);
        JsonNode resumed = ended(resume);
        assertThat(resumed.get("kind").asText()).isEqualTo("tenant-resume");
        assertThat(resumed.get("status").asText()).as(resumed.toString()).isEqualTo("DONE");
        assertThat(resumed.get("steps")).hasSize(2);
        assertThat(api.get("/api/tenants/halt-co", admin).body().get("status").asText()).isEqualTo("ACTIVE");
        for (String mailbox : List.of("ann@halt.test", "ben@halt.test")) {
            assertThat(simulators.ssoUser(mailbox).active()).as(mailbox).isTrue();
            assertThat(simulators.filesUser(mailbox).enabled()).as(mailbox).isTrue();
        }
        assertThat(simulators.stalwartInspect().canLogIn(annMailbox, ann.get("oneTimePassword").asText())).isTrue();
        assertThat(api.post("/api/tenants/halt-co/resume", operator, Map.of()).body().get("code").asText())
                .isEqualTo("tenant-not-suspended");
    }

    @Test
    void aMemberOnboardedWhileSuspendedIsSuspendedAndOneSuspendedBeforeStaysSuspendedOnResume() {
        String admin = onboarding.tenantWithDomain("hold-co", "hold.test");
        String cy = onboarding.activeMember("hold-co", admin, "cy").get("id").asText();
        String di = onboarding.activeMember("hold-co", admin, "di").get("id").asText();
        assertThat(api.post("/api/tenants/hold-co/members/" + di + "/suspend", admin, Map.of()).status())
                .isEqualTo(200);

        JsonNode suspended = ended(api.post("/api/tenants/hold-co/suspend", operator, Map.of()));
        assertThat(suspended.get("steps")).extracting(s -> s.get("target").asText()).containsExactly("cy@hold.test");
        String ed = onboarding.settled("hold-co", onboarding.create("hold-co", operator, "ed", "member"),
                Duration.ofSeconds(30)).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                status("hold-co", ed).equals("SUSPENDED"));
        assertThat(simulators.ssoUser("ed@hold.test").active()).isFalse();

        JsonNode resumed = ended(api.post("/api/tenants/hold-co/resume", operator, Map.of()));
        assertThat(resumed.get("status").asText()).as(resumed.toString()).isEqualTo("DONE");
        assertThat(resumed.get("steps")).extracting(s -> s.get("state").asText()).containsExactly("DONE", "DONE");
        // the member views follow the operation's end through their own projection
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                status("hold-co", cy).equals("ACTIVE") && status("hold-co", ed).equals("ACTIVE"));
        assertThat(status("hold-co", di)).isEqualTo("SUSPENDED");
        assertThat(simulators.ssoUser("di@hold.test").active()).isFalse();
    }

    private JsonNode ended(Api.Response started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return api.get(onboarding.finished(started, operator).header("Location"), operator).body();
    }

    private String status(String slug, String memberId) {
        return api.get("/api/tenants/" + slug + "/members/" + memberId, operator).body().get("status").asText();
    }
}
