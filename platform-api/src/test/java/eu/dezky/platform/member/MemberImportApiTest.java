package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bulk import of members: a dry run that changes nothing, a bad file named by row and field, and a real import. */
@SandboxComponentTest
class MemberImportApiTest extends SandboxApiTest {

    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    @Test
    void aDryRunAnswersPerRowWhatWouldHappenAndChangesNothing() {
        String admin = onboarding.tenantWithDomain("imp-dry", "dry.test");
        onboarding.activeMember("imp-dry", admin, "taken");
        long operations = api.get("/api/tenants/imp-dry/operations", admin).body().get("operations").size();
        String file = """
                displayName,username,role
                Ann Example,ann,member
                Bad Name,Not Valid!,member
                Ann Again,ann,admin
                Taken Person,taken,member
                Rolf,rolf,boss
                """;

        Api.Response dry = api.send("POST", "/api/tenants/imp-dry/members:import?dryRun=true", admin, file, CSV);

        assertThat(dry.status()).isEqualTo(200);
        JsonNode rows = dry.body().get("rows");
        assertThat(rows).hasSize(5);
        assertThat(row(rows, 0)).isEqualTo("1 ann@dry.test create null null");
        assertThat(row(rows, 1)).isEqualTo("2 null refused invalid-value username");
        assertThat(row(rows, 2)).isEqualTo("3 ann@dry.test refused duplicate-in-file username");
        assertThat(row(rows, 3)).isEqualTo("4 taken@dry.test refused address-taken username");
        assertThat(row(rows, 4)).isEqualTo("5 null refused invalid-value role");
        assertThat(dry.body().get("create").asInt()).isEqualTo(1);
        assertThat(dry.body().get("refused").asInt()).isEqualTo(4);

        assertThat(api.get("/api/tenants/imp-dry/members", admin).body().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/tenants/imp-dry/operations", admin).body().get("operations")).hasSize((int) operations);
        assertThat(simulators.authentik().users()).noneMatch(u -> u.username().equals("ann@dry.test"));
        Api.Response again = api.send("POST", "/api/tenants/imp-dry/members:import?dryRun=true", admin,
                "displayName,username,role\nAnn Example,ann,member\n", CSV);
        assertThat(row(again.body().get("rows"), 0)).as("the address was not claimed").endsWith("create null null");
    }

    @Test
    void aBadFileIsRefusedNamingTheRowAndTheField() {
        String admin = onboarding.tenantWithDomain("imp-bad", "imp-bad.test");

        Api.Response header = api.send("POST", "/api/tenants/imp-bad/members:import", admin,
                "name,username,role\nAnn,ann,member\n", CSV);
        Api.Response unknown = api.post("/api/tenants/imp-bad/members:import", admin,
                List.of(Map.of("displayName", "Ann", "username", "ann", "role", "member"),
                        Map.of("displayName", "Bo", "username", "bo", "email", "bo@x.test")));
        Api.Response invalid = api.send("POST", "/api/tenants/imp-bad/members:import", admin,
                "displayName,username,role\nAnn,ann,member\nBo,bo,boss\n", CSV);

        assertThat(header.status()).isEqualTo(400);
        assertThat(header.body().get("field").asText()).isEqualTo("header.name");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("field").asText()).isEqualTo("rows[2].email");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("field").asText()).isEqualTo("rows[2].role");
        assertThat(api.get("/api/tenants/imp-bad/members", admin).body().get("total").asInt())
                .as("nothing of a refused file is created").isZero();
    }

    @Test
    void anImportOfFiftyRowsCreatesFiftyMembersWithAStatusPerRowAndThePasswordsOnce() {
        String admin = onboarding.tenantWithDomain("imp-50", "fifty.test");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            rows.add(Map.of("displayName", "Person " + i, "username", "p" + i, "role", i == 1 ? "admin" : "member"));
        }

        Instant begun = Instant.now();
        Api.Response started = api.post("/api/tenants/imp-50/members:import", admin, rows);

        assertThat(started.status()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).isEqualTo("/api/tenants/imp-50/operations/" + started.body().get("operationId").asText());
        JsonNode operation;
        try {
            operation = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> api.get(location, admin).body(), op -> !op.get("status").asText().equals("RUNNING"));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the import did not end; its members: "
                    + api.get("/api/tenants/imp-50/members?limit=100", admin).body(), e);
        }
        System.out.println("import of 50 rows ended after " + Duration.between(begun, Instant.now()));
        assertThat(operation.get("kind").asText()).isEqualTo("member-import");
        assertThat(operation.get("status").asText()).isEqualTo("DONE");
        assertThat(operation.get("steps")).hasSize(50).allSatisfy(step -> {
            assertThat(step.get("state").asText()).isEqualTo("DONE");
            assertThat(step.get("target").asText()).endsWith("@fifty.test");
        });
        assertThat(operation.toString()).doesNotContain("oneTimePassword");
        assertThat(api.get("/api/tenants/imp-50/members", admin).body().get("total").asInt()).isEqualTo(50);

        String passwords = started.body().get("passwords").asText();
        Api.Response download = api.get(passwords, admin);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body().get("rows")).hasSize(50).allSatisfy(row ->
                assertThat(row.get("oneTimePassword").asText()).hasSizeGreaterThanOrEqualTo(16));
        JsonNode first = download.body().get("rows").get(0);
        String mailboxId = simulators.stalwartInspect().accountWithEmail(first.get("mailbox").asText()).orElseThrow()
                .path("id").asText();
        assertThat(simulators.stalwartInspect().canLogIn(mailboxId, first.get("oneTimePassword").asText())).isTrue();
        Api.Response twice = api.get(passwords, admin);
        assertThat(twice.status()).as("the passwords are handed out once").isEqualTo(409);
        assertThat(twice.body().get("code").asText()).isEqualTo("passwords-gone");
    }

    private static String row(JsonNode rows, int index) {
        JsonNode row = rows.get(index);
        return row.get("row").asInt() + " " + text(row, "mailbox") + " " + row.get("outcome").asText() + " "
                + text(row, "code") + " " + text(row, "field");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "null" : value.asText();
    }
}
