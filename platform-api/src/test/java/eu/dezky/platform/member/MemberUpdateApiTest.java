package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PATCH a member (display name to Authentik and oCIS through the step engine, role in the engine only) and a tenant
 * (display name, admins: engine only), as JSON merge patches against the sandbox simulators.
 */
@SandboxComponentTest
class MemberUpdateApiTest extends SandboxApiTest {

    private static final Map<String, String> MERGE_PATCH = Map.of("Content-Type", "application/merge-patch+json");

    @Test
    void aNewDisplayNameReachesSsoAndFilesAndARoleChangeStaysInTheEngine() {
        String admin = onboarding.tenantWithDomain("ren-co", "ren.test");
        String id = onboarding.activeMember("ren-co", admin, "rena").get("id").asText();

        Api.Response renamed = api.send("PATCH", "/api/tenants/ren-co/members/" + id, admin,
                "{\"displayName\":\"  Rena Renamed \"}", MERGE_PATCH);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.body().get("displayName").asText()).isEqualTo("Rena Renamed");
        assertThat(renamed.body().get("role").asText()).isEqualTo("member");
        assertThat(renamed.body().at("/operation/kind").asText()).isEqualTo("member-update");
        assertThat(renamed.body().at("/operation/status").asText()).isEqualTo("DONE");
        assertThat(renamed.body().at("/operation/steps/1/state").asText()).isEqualTo("SKIPPED");
        assertThat(simulators.ssoUser("rena@ren.test").name()).isEqualTo("Rena Renamed");
        assertThat(simulators.filesUser("rena@ren.test").displayName()).isEqualTo("Rena Renamed");
        JsonNode operation = api.get("/api/tenants/ren-co/operations/"
                + renamed.body().at("/operation/id").asText(), admin).body();
        assertThat(operation.get("kind").asText()).isEqualTo("member-update");
        assertThat(operation.get("status").asText()).isEqualTo("DONE");

        Api.Response promoted = api.send("PATCH", "/api/tenants/ren-co/members/" + id, admin,
                Map.of("role", "admin"), Map.of());
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(promoted.body().get("role").asText()).isEqualTo("admin");
        assertThat(promoted.body().get("displayName").asText()).as("absent is unchanged").isEqualTo("Rena Renamed");
        assertThat(promoted.body().at("/operation/steps")).allSatisfy(s ->
                assertThat(s.get("state").asText()).isEqualTo("SKIPPED"));
        assertThat(simulators.ssoUser("rena@ren.test").name()).isEqualTo("Rena Renamed");
        assertThat(api.get("/api/tenants/ren-co/members/" + id, admin).body().get("role").asText())
                .isEqualTo("admin");
    }

    @Test
    void unknownFieldsAndBadValuesAreRefusedNamingTheField() {
        String admin = onboarding.tenantWithDomain("bad-co", "bad.test");
        String id = onboarding.activeMember("bad-co", admin, "bea").get("id").asText();

        Api.Response unknown = api.send("PATCH", "/api/tenants/bad-co/members/" + id, admin,
                "{\"displayName\":\"Bea\",\"mailbox\":\"x@bad.test\"}", MERGE_PATCH);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("mailbox");
        Api.Response role = api.send("PATCH", "/api/tenants/bad-co/members/" + id, admin, Map.of("role", "boss"),
                Map.of());
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.body().get("field").asText()).isEqualTo("role");
        Api.Response blank = api.send("PATCH", "/api/tenants/bad-co", admin, Map.of("displayName", " "), MERGE_PATCH);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("field").asText()).isEqualTo("displayName");
        assertThat(simulators.ssoUser("bea@bad.test").name()).isNotEqualTo("Bea");
    }

    @Test
    void aTenantPatchChangesItsDisplayNameAndAdmins() {
        String admin = onboarding.tenant("ten-co");

        Api.Response renamed = api.send("PATCH", "/api/tenants/ten-co", admin,
                Map.of("displayName", "Ten Company"), MERGE_PATCH);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.body().get("displayName").asText()).isEqualTo("Ten Company");
        JsonNode owner = renamed.body().at("/admins/0");

        Api.Response admins = api.send("PATCH", "/api/tenants/ten-co", admin, Map.of("admins", List.of(
                Map.of("subject", owner.get("subject").asText(), "email", owner.get("email").asText()),
                Map.of("subject", "second-admin", "email", "second@ten.test"))), Map.of());
        assertThat(admins.status()).as(admins.toString()).isEqualTo(200);
        assertThat(admins.body().get("displayName").asText()).isEqualTo("Ten Company");
        assertThat(admins.body().get("admins")).extracting(a -> a.get("subject").asText())
                .containsExactly(owner.get("subject").asText(), "second-admin");
        assertThat(api.get("/api/tenants/ten-co", admin).body().get("displayName").asText())
                .isEqualTo("Ten Company");
    }
}
