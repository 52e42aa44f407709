package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member created with role {@code admin} administers the tenant with their own token once ACTIVE, recognised by
 * the SSO subject recorded at provisioning; a plain member, another tenant's admin member, a FAILED admin member or
 * someone merely claiming the e-mail of a member whose subject is known get 403.
 */
@SandboxComponentTest
class AdminMemberAccessApiTest extends SandboxApiTest {

    @Test
    void anActiveAdminMemberAdministersTheTenantWithTheirOwnToken() {
        String owner = onboarding.tenantWithDomain("adm-co", "adm.test");
        JsonNode alice = onboarding.active("adm-co", onboarding.create("adm-co", owner, "alice", "admin"));
        String subject = alice.get("ssoSubject").asText();
        assertThat(subject).isNotBlank();
        String aliceToken = onboarding.token(subject, "alice@adm.test", "customer-admin");

        assertThat(api.get("/api/tenants/adm-co/members", aliceToken).status()).isEqualTo(200);
        Api.Response byAlice = onboarding.create("adm-co", aliceToken, "carl", "member");
        assertThat(byAlice.status()).as(byAlice.toString()).isIn(201, 202);
        assertThat(onboarding.active("adm-co", byAlice).get("role").asText()).isEqualTo("member");
    }

    @Test
    void aPlainMemberAndAnEmailImpostorAreRefused() {
        String owner = onboarding.tenantWithDomain("plain-co", "plain.test");
        JsonNode bob = onboarding.active("plain-co", onboarding.create("plain-co", owner, "bob", "member"));
        onboarding.active("plain-co", onboarding.create("plain-co", owner, "ann", "admin"));

        String bobToken = onboarding.token(bob.get("ssoSubject").asText(), "bob@plain.test", "customer-admin");
        assertThat(api.get("/api/tenants/plain-co/members", bobToken).status()).isEqualTo(403);
        String impostor = onboarding.token("someone-else", "ann@plain.test", "customer-admin");
        assertThat(api.get("/api/tenants/plain-co/members", impostor).status())
                .as("ann's subject is known: an e-mail claim alone does not make someone ann").isEqualTo(403);
    }

    @Test
    void anAdminMemberOfAnotherTenantIsRefused() {
        String owner = onboarding.tenantWithDomain("dora-co", "dora.test");
        onboarding.tenant("away-co");
        JsonNode dora = onboarding.active("dora-co", onboarding.create("dora-co", owner, "dora", "admin"));
        String doraToken = onboarding.token(dora.get("ssoSubject").asText(), "dora@dora.test", "customer-admin");

        assertThat(api.get("/api/tenants/dora-co/members", doraToken).status()).isEqualTo(200);
        assertThat(api.get("/api/tenants/away-co", doraToken).status()).isEqualTo(403);
    }

    @Test
    void aFailedAdminMemberHasNoAccess() {
        String owner = onboarding.tenantWithDomain("failadm-co", "failadm.test");
        simulators.stalwart().faults().failNext("x:Account/set", 10, 400);
        try {
            JsonNode eve = onboarding.settled("failadm-co", onboarding.create("failadm-co", owner, "eve", "admin"),
                    Duration.ofSeconds(30));
            assertThat(eve.get("status").asText()).isEqualTo("FAILED");
            assertThat(eve.get("ssoSubject").asText()).as("the SSO step had run before the mailbox failed").isNotBlank();
            String eveToken = onboarding.token(eve.get("ssoSubject").asText(), "eve@failadm.test", "customer-admin");
            assertThat(api.get("/api/tenants/failadm-co/members", eveToken).status()).isEqualTo(403);
        } finally {
            simulators.stalwart().faults().clear();
        }
    }

    @Test
    void anAdminMemberCannotSuspendOrForceLogoutThemselfButAnotherAdminCan() {
        String owner = onboarding.tenantWithDomain("self-co", "self.test");
        JsonNode fay = onboarding.active("self-co", onboarding.create("self-co", owner, "fay", "admin"));
        String fayId = fay.get("id").asText();
        String faySubjectToken = onboarding.token(fay.get("ssoSubject").asText(), "fay.private@other.test", "customer-admin");
        String fayEmailToken = onboarding.token("fay-by-email", "Fay@self.test", "operator");

        for (String action : new String[]{"suspend", "logout"}) {
            var refused = api.post("/api/tenants/self-co/members/" + fayId + "/" + action, faySubjectToken, null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.body().get("code").asText()).isEqualTo("self-action");
            assertThat(refused.body().get("detail").asText()).contains("yourself");
        }
        assertThat(api.post("/api/tenants/self-co/members/" + fayId + "/suspend", fayEmailToken, null).status())
                .as("the e-mail claim alone is enough to refuse, whatever the audience").isEqualTo(403);
        assertThat(api.get("/api/tenants/self-co/members/" + fayId, owner).body().get("status").asText())
                .isEqualTo("ACTIVE");

        var suspended = api.post("/api/tenants/self-co/members/" + fayId + "/suspend", owner, null);
        assertThat(suspended.status()).as(suspended.toString()).isIn(200, 202);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> api.get(
                "/api/tenants/self-co/members/" + fayId, owner).body().get("status").asText().equals("SUSPENDED"));
        assertThat(api.get("/api/tenants/self-co/members", faySubjectToken).status())
                .as("a suspended admin member no longer administers the tenant").isEqualTo(403);
        JsonNode shown = api.get("/api/tenants/self-co/members/" + fayId, owner).body();
        assertThat(shown.get("role").asText()).isEqualTo("admin");
        assertThat(shown.at("/operation/status").asText()).as(shown.toString()).isEqualTo("DONE");
        assertThat(shown.get("systems")).as(shown.toString()).hasSize(3)
                .allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("SUSPENDED"));
    }
}
