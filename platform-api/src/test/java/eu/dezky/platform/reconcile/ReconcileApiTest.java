package eu.dezky.platform.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation against the sandbox simulators with drift injected behind the engine's back through the sandbox
 * drift route: each object is classified, foreign objects are reported and left alone, and the tenant's view and the
 * operator's list show the latest result.
 */
@SandboxComponentTest
class ReconcileApiTest extends SandboxApiTest {

    @Autowired
    AuthentikClient authentik;

    @Test
    void driftBehindTheEnginesBackIsClassifiedObjectByObject() {
        String admin = onboarding.tenantWithDomain("recon-co", "recon.test");
        onboarding.activeMember("recon-co", admin, "bob");
        String operator = api.token("op", "operator");

        JsonNode clean = reconcile("recon-co", admin);
        assertThat(clean.get("integrations")).extracting(i -> i.get("status").asText()).containsOnly("ok");
        assertThat(clean.get("integrations")).allSatisfy(i -> assertThat(i.get("differences")).isEmpty());

        drift(operator, "stalwart", "delete", "bob@recon.test");
        drift(operator, "authentik", "deactivate", "bob@recon.test");
        drift(operator, "stalwart", "create", "stranger@recon.test");
        // an account with our marker for a member the tenant never had (say, left by a crashed removal)
        authentik.createOrAdoptUser(new NewAuthentikUser("ghost@recon.test", "Ghost", "ghost@recon.test",
                new Ownership("recon-co", "m-gone")));

        JsonNode found = reconcile("recon-co", admin);
        JsonNode sso = integration(found, "authentik");
        assertThat(sso.get("status").asText()).isEqualTo("drift");
        assertThat(differences(sso)).contains("user bob@recon.test drifted active true/false",
                "user ghost@recon.test orphaned null null/null");
        JsonNode mail = integration(found, "stalwart");
        assertThat(mail.get("status").asText()).isEqualTo("drift");
        assertThat(differences(mail)).contains("mailbox bob@recon.test missing null null/null",
                "mailbox stranger@recon.test foreign null null/null");
        assertThat(integration(found, "ocis").get("status").asText()).isEqualTo("ok");
        // reconciling changes nothing: the foreign account and the orphan are still there
        assertThat(simulators.stalwartInspect().accountWithEmail("stranger@recon.test")).isPresent();
        assertThat(simulators.ssoUser("ghost@recon.test").active()).isTrue();

        JsonNode tenant = api.get("/api/tenants/recon-co", admin).body();
        assertThat(tenant.get("provisioningStatus").get("stalwart").asText()).isEqualTo("drift");
        assertThat(tenant.get("provisioningStatus").get("ocis").asText()).isEqualTo("ok");
        assertThat(tenant.at("/provisioningErrors/stalwart").toString()).contains("mailbox bob@recon.test is missing")
                .doesNotContain("stranger");

        JsonNode operation = api.get("/api/tenants/recon-co/operations/" + found.get("operationId").asText(), admin)
                .body();
        assertThat(operation.get("kind").asText()).isEqualTo("tenant-reconcile");
        assertThat(operation.get("status").asText()).isEqualTo("DONE");
        assertThat(operation.get("steps")).hasSize(3);

        // The operator's list is the tenant directory, a projection of its own that lingers: it shows the result a
        // moment after the reconcile's operation reads DONE.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode listed = listed("recon-co", operator);
            assertThat(listed).as("recon-co in the operator's list").isNotNull();
            assertThat(listed.get("needsAttention").asBoolean()).isTrue();
            assertThat(listed.get("integrationsNeedingAttention")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("authentik", "stalwart");
        });
    }

    private JsonNode listed(String slug, String operator) {
        for (JsonNode t : api.get("/api/tenants?limit=500", operator).body().get("tenants")) {
            if (t.get("slug").asText().equals(slug)) {
                return t;
            }
        }
        return null;
    }

    @Test
    void repairRecreatesWhatVanishedReappliesStatesRemovesOrphansAndLeavesForeignAlone() {
        String admin = onboarding.tenantWithDomain("fix-co", "fix.test");
        onboarding.activeMember("fix-co", admin, "bob");
        String carol = onboarding.activeMember("fix-co", admin, "carol").get("id").asText();
        assertThat(api.post("/api/tenants/fix-co/members/" + carol + "/suspend", admin, Map.of()).status())
                .isEqualTo(200);
        String operator = api.token("op", "operator");
        assertThat(api.post("/api/tenants/fix-co/reconcile/repair", admin, Map.of()).body().get("code").asText())
                .isEqualTo("not-reconciled");

        drift(operator, "stalwart", "delete", "bob@fix.test");
        drift(operator, "authentik", "deactivate", "bob@fix.test");
        drift(operator, "authentik", "delete", "carol@fix.test");
        drift(operator, "stalwart", "create", "stranger@fix.test");
        authentik.createOrAdoptUser(new NewAuthentikUser("ghost@fix.test", "Ghost", "ghost@fix.test",
                new Ownership("fix-co", "m-gone")));

        Api.Response answer = api.post("/api/tenants/fix-co/reconcile?repair=true", admin, Map.of());
        assertThat(answer.status()).as(answer.toString()).isIn(200, 202);
        JsonNode repair = answer.body().get("repair");
        Map<String, String> passwords = new java.util.HashMap<>();
        repair.get("oneTimePasswords").forEach(p -> passwords.put(p.get("mailbox").asText(),
                p.get("oneTimePassword").asText()));
        assertThat(passwords).containsOnlyKeys("bob@fix.test", "carol@fix.test");
        JsonNode operation = onboarding.settledAt("/api/tenants/fix-co/operations/"
                + repair.get("operationId").asText(), admin, "RUNNING");
        assertThat(operation.get("kind").asText()).isEqualTo("tenant-repair");
        assertThat(operation.get("status").asText()).as(operation.toString()).isEqualTo("DONE");
        assertThat(operation.toString()).doesNotContain(passwords.get("bob@fix.test"));

        String mailbox = simulators.mailboxId("bob@fix.test");
        assertThat(simulators.stalwartInspect().passwordMatches(mailbox, passwords.get("bob@fix.test"))).isTrue();
        assertThat(simulators.ssoUser("bob@fix.test").active()).isTrue();
        assertThat(simulators.ssoUser("carol@fix.test").active()).as("suspended stays suspended").isFalse();
        assertThat(simulators.authentik().users()).noneMatch(u -> u.username().equals("ghost@fix.test"));
        assertThat(simulators.stalwartInspect().accountWithEmail("stranger@fix.test")).as("foreign").isPresent();

        // the repair reconciles again: nothing of ours differs any more
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/tenants/fix-co", admin).body().get("provisioningStatus").toString())
                        .isEqualTo("{\"authentik\":\"ok\",\"stalwart\":\"ok\",\"ocis\":\"ok\"}"));
        // the member's re-created SSO identity is the one their lifecycle now acts on
        assertThat(api.post("/api/tenants/fix-co/members/" + carol + "/resume", admin, Map.of()).status())
                .isEqualTo(200);
        assertThat(simulators.ssoUser("carol@fix.test").active()).isTrue();
    }

    @Test
    void driftIsForOperatorsAndNamesTheFieldAtFault() {
        String admin = onboarding.tenant("drift-co");
        String operator = api.token("op", "operator");
        Map<String, String> body = Map.of("system", "authentik", "action", "delete", "account", "nobody@drift.test");

        assertThat(api.post("/api/operator/sandbox/drift", admin, body).status()).isEqualTo(403);
        assertThat(api.post("/api/operator/sandbox/drift", operator, body).status()).isEqualTo(404);
        Api.Response wrong = api.post("/api/operator/sandbox/drift", operator,
                Map.of("system", "ldap", "action", "delete", "account", "nobody@drift.test"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("field").asText()).isEqualTo("system");
        Api.Response badAccount = api.post("/api/operator/sandbox/drift", operator,
                Map.of("system", "ocis", "action", "create", "account", "not-an-address"));
        assertThat(badAccount.status()).isEqualTo(400);
        assertThat(badAccount.body().get("field").asText()).isEqualTo("account");
    }

    private JsonNode reconcile(String slug, String token) {
        Api.Response answer = api.post("/api/tenants/" + slug + "/reconcile", token, Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private void drift(String operator, String system, String action, String account) {
        Api.Response done = api.post("/api/operator/sandbox/drift", operator,
                Map.of("system", system, "action", action, "account", account));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    private static JsonNode integration(JsonNode result, String name) {
        for (JsonNode i : result.get("integrations")) {
            if (i.get("integration").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no " + name + " in " + result);
    }

    /** Each difference as {@code type object situation field ours/theirs}. */
    private static List<String> differences(JsonNode integration) {
        List<String> out = new ArrayList<>();
        integration.get("differences").forEach(d -> out.add(d.get("type").asText() + " " + d.get("object").asText()
                + " " + d.get("situation").asText() + " " + d.path("field").asText("null") + " "
                + d.path("ours").asText("null") + "/" + d.path("theirs").asText("null")));
        return out;
    }
}
