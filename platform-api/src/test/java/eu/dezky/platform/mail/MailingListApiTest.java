package eu.dezky.platform.mail;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Distribution lists over HTTP against the Stalwart simulator: recipients validated and de-duplicated, a change
 * replacing name and recipients (rolled back when the mail server fails), a failed create undone, removal freeing
 * the address. Stalwart steps get three attempts of the saga.
 */
@SandboxComponentTest
class MailingListApiTest extends SandboxApiTest {

    MailServer mailServer;

    @BeforeEach
    void setUp() {
        mailServer = new MailServer(simulators);
    }

    @Test
    void aListIsProvisionedWithItsRecipientsDeduplicatedAndIdnDomainsAsALabels() {
        String admin = onboarding.tenantWithDomain("list-co", "list.test");

        Api.Response created = list("list-co", admin, "Team@list.test", "Team",
                List.of("a@list.test", "A@List.test", " partner@bücher.example ", "partner@other.com"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/tenants/list-co/mail/lists/team@list.test");
        assertThat(created.body().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(texts(created.body().get("recipients")))
                .containsExactly("a@list.test", "partner@xn--bcher-kva.example", "partner@other.com");
        JsonNode inServer = mailServer.list("team", "list.test").orElseThrow();
        assertThat(fieldNames(inServer.get("recipients")))
                .containsExactlyInAnyOrder("a@list.test", "partner@xn--bcher-kva.example", "partner@other.com");
        assertThat(inServer.get("description").asText()).isEqualTo("Team");
        assertThat(api.get("/api/tenants/list-co/mail/lists", admin).body().get("lists")).hasSize(1);
    }

    @Test
    void invalidAndDuplicateRecipientsAreNamed() {
        String admin = onboarding.tenantWithDomain("bad-list-co", "badlist.test");

        Api.Response refused = list("bad-list-co", admin, "all@badlist.test", "All",
                List.of("a@badlist.test", "not-an-address", "A@BADLIST.test", "b@@c.test", "ok@other.com"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("recipients");
        assertThat(refused.body().get("detail").asText()).contains("'not-an-address'").contains("'b@@c.test'")
                .contains("more than once: a@badlist.test").doesNotContain("ok@other.com");
        assertThat(mailServer.list("all", "badlist.test")).isEmpty();
        assertThat(list("bad-list-co", admin, "all@badlist.test", "All", List.of()).body().get("field").asText())
                .isEqualTo("recipients");
        Api.Response loop = list("bad-list-co", admin, "all@badlist.test", "All", List.of("ALL@badlist.test"));
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.body().get("detail").asText()).contains("its own recipients");
    }

    @Test
    void anAddressInUseAsAMailboxIsAConflict() {
        String admin = onboarding.tenantWithDomain("taken-list-co", "takenlist.test");
        onboarding.activeMember("taken-list-co", admin, "nina");

        Api.Response refused = list("taken-list-co", admin, "nina@takenlist.test", "Nina", List.of("x@other.com"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("already in use");
        assertThat(mailServer.list("nina", "takenlist.test")).isEmpty();
    }

    @Test
    void putReplacesNameAndRecipients() {
        String admin = onboarding.tenantWithDomain("put-co", "put.test");
        assertThat(list("put-co", admin, "crew@put.test", "Crew", List.of("a@put.test", "b@put.test")).status())
                .isEqualTo(201);

        Api.Response changed = api.send("PUT", "/api/tenants/put-co/mail/lists/crew@put.test", admin,
                Map.of("name", "Whole crew", "recipients", List.of("b@put.test", "c@other.com")), Map.of());

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().get("name").asText()).isEqualTo("Whole crew");
        assertThat(texts(changed.body().get("recipients"))).containsExactly("b@put.test", "c@other.com");
        JsonNode inServer = mailServer.list("crew", "put.test").orElseThrow();
        assertThat(fieldNames(inServer.get("recipients"))).containsExactlyInAnyOrder("b@put.test", "c@other.com");
        assertThat(inServer.get("description").asText()).isEqualTo("Whole crew");
    }

    @Test
    void aChangeTheMailServerRefusesIsRolledBack() {
        String admin = onboarding.tenantWithDomain("undo-co", "undo.test");
        assertThat(list("undo-co", admin, "ops@undo.test", "Ops", List.of("a@undo.test")).status()).isEqualTo(201);
        simulators.stalwart().faults().failNext("x:MailingList/set", 1, 400);

        Api.Response refused = api.send("PUT", "/api/tenants/undo-co/mail/lists/ops@undo.test", admin,
                Map.of("name", "Ops and more", "recipients", List.of("z@other.com")), Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("Stalwart");
        JsonNode shown = api.get("/api/tenants/undo-co/mail/lists/ops@undo.test", admin).body();
        assertThat(shown.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(shown.get("name").asText()).isEqualTo("Ops");
        assertThat(texts(shown.get("recipients"))).containsExactly("a@undo.test");
        assertThat(shown.get("reason").asText()).contains("put back");
        assertThat(fieldNames(mailServer.list("ops", "undo.test").orElseThrow().get("recipients")))
                .containsExactly("a@undo.test");
    }

    @Test
    void aMailServerFailureWhileCreatingIsUndoneLeavesNothingBehindAndFreesTheAddress() {
        String admin = onboarding.tenantWithDomain("fail-list-co", "faillist.test");
        int listsBefore = simulators.stalwartInspect().mailingLists().size();
        simulators.stalwart().faults().failNext("x:MailingList/set", 10, 400);

        Api.Response created = list("fail-list-co", admin, "news@faillist.test", "News", List.of("a@other.com"));
        JsonNode failed = onboarding.settledAt("/api/tenants/fail-list-co/mail/lists/news@faillist.test", admin,
                "PROVISIONING");

        assertThat(created.status()).as("a failure is never a 201: " + created).isIn(422, 202);
        if (created.status() == 422) {
            assertThat(created.body().get("code").asText()).isEqualTo("provisioning-failed");
            assertThat(created.header("Location")).isEqualTo("/api/tenants/fail-list-co/mail/lists/news@faillist.test");
        }
        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asText()).contains("Stalwart").contains("create the list again");
        assertThat(failed.at("/step/state").asText()).isEqualTo("COMPENSATED");
        simulators.stalwart().faults().clear();
        assertThat(simulators.stalwartInspect().mailingLists()).hasSize(listsBefore);
        Api.Response again = list("fail-list-co", admin, "news@faillist.test", "News", List.of("a@other.com"));
        assertThat(again.status()).as("the address was released: " + again).isEqualTo(201);
    }

    @Test
    void deleteRemovesTheListFromTheMailServerAndFreesTheAddress() {
        String admin = onboarding.tenantWithDomain("del-list-co", "dellist.test");
        assertThat(list("del-list-co", admin, "old@dellist.test", "Old", List.of("a@other.com")).status())
                .isEqualTo(201);

        Api.Response deleted = api.send("DELETE", "/api/tenants/del-list-co/mail/lists/old@dellist.test", admin,
                null, Map.of());

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(mailServer.list("old", "dellist.test")).isEmpty();
        assertThat(api.send("PUT", "/api/tenants/del-list-co/mail/lists/old@dellist.test", admin,
                Map.of("name", "Old", "recipients", List.of("a@other.com")), Map.of()).status()).isEqualTo(404);
        assertThat(list("del-list-co", admin, "old@dellist.test", "Old again", List.of("b@other.com")).status())
                .as("the address is free again").isEqualTo(201);
    }

    @Test
    void aDomainWithAListOnItCannotBeRemoved() {
        String admin = onboarding.tenantWithDomain("block-list-co", "blocklist.test");
        onboarding.addDomain("block-list-co", admin, "second-blocklist.test");
        assertThat(list("block-list-co", admin, "all@second-blocklist.test", "All", List.of("a@other.com")).status())
                .isEqualTo(201);

        Api.Response refused = api.send("DELETE", "/api/tenants/block-list-co/domains/second-blocklist.test", admin,
                null, Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("blockers").toString()).contains("list all@second-blocklist.test");
    }

    private Api.Response list(String slug, String admin, String address, String name, List<String> recipients) {
        return api.post("/api/tenants/" + slug + "/mail/lists", admin,
                Map.of("address", address, "name", name, "recipients", recipients));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
