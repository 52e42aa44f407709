package eu.dezky.platform.operation;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations routes: a domain's set-up and a member's onboarding are operations with who started them; the list
 * pages newest first; unknown ids are 404s and bad parameters 400s naming the parameter.
 */
@SandboxComponentTest
class OperationApiTest extends SandboxApiTest {

    @Test
    void everyStartedChangeIsAnOperationWithItsActorAndTheListPagesNewestFirst() {
        String admin = onboarding.tenantWithDomain("ops-co", "ops.test", "ops-admin");
        onboarding.activeMember("ops-co", admin, "olga");
        onboarding.activeMember("ops-co", admin, "oscar");

        JsonNode first = api.get("/api/tenants/ops-co/operations?limit=2", admin).body();
        assertThat(first.get("operations")).extracting(op -> op.get("kind").asText())
                .containsExactly("member-onboarding", "member-onboarding");
        assertThat(first.get("operations").get(0).at("/target/label").asText()).isEqualTo("oscar@ops.test");
        assertThat(first.get("operations").get(0).at("/actor/subject").asText()).isEqualTo("ops-admin");
        assertThat(first.get("operations").get(0).at("/actor/audience").asText()).isEqualTo("customer-admin");

        JsonNode second = api.get("/api/tenants/ops-co/operations?limit=2&cursor="
                + first.get("nextCursor").asText(), admin).body();
        assertThat(second.get("operations")).extracting(op -> op.get("kind").asText())
                .containsExactly("mail-domain-setup");
        assertThat(second.get("operations").get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(second.has("nextCursor")).as("the last page has no next cursor").isFalse();
        assertThat(api.get("/api/tenants/ops-co/operations?target=ops.test", admin).body().get("operations"))
                .hasSize(1);
    }

    @Test
    void anUnknownOrForeignOperationIsNotFound() {
        String admin = onboarding.tenantWithDomain("ops-a", "ops-a.test");
        String other = onboarding.tenantWithDomain("ops-b", "ops-b.test");
        String id = api.get("/api/tenants/ops-a/operations", admin).body().at("/operations/0/id").asText();

        assertThat(api.get("/api/tenants/ops-a/operations/" + id, admin).status()).isEqualTo(200);
        assertThat(api.get("/api/tenants/ops-a/operations/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(api.get("/api/tenants/ops-a/operations/" + id, other).status()).isEqualTo(403);
        assertThat(api.get("/api/tenants/ops-b/operations/" + id, other).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"cursor=not-ours, cursor", "limit=0, limit", "limit=201, limit", "limit=ten, limit",
            "status=sleeping, status"})
    void aBadParameterIsA400NamingIt(String query, String field) {
        String slug = "ops-bad-" + Integer.toHexString(query.hashCode());
        String admin = onboarding.tenant(slug);
        Api.Response refused = api.get("/api/tenants/" + slug + "/operations?" + query, admin);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo(field);
    }
}
