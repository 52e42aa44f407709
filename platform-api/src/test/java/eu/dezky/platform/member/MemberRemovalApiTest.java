package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.Onboarding;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import eu.dezky.platform.support.StoredData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Member removal over HTTP against the sandbox simulators (Authentik, Stalwart, oCIS), with faults injected there;
 * oCIS and Stalwart steps get three attempts of the saga. Linked memberships: {@link LinkedMembershipApiTest}.
 */
@SandboxComponentTest
class MemberRemovalApiTest extends SandboxApiTest {

    private static final String OCIS_DELETE = "DELETE /v1.0/users/{user-id}";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    StoredData stored;

    @BeforeEach
    void setUpStoredData() {
        stored = new StoredData(jdbc, mongo);
    }

    @Test
    void removingAnActiveMemberDeletesEveryAccountAndFreesTheAddress() {
        String admin = onboarding.tenantWithDomain("rm-co", "rm.test");
        String id = onboarding.activeMember("rm-co", admin, "bob").get("id").asText();

        Api.Response removed = onboarding.remove("rm-co", admin, id);
        assertThat(removed.status()).as(removed.toString()).isIn(202, 204);
        JsonNode gone = onboarding.removed("rm-co", id);

        assertThat(gone.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));
        simulators.assertNoAccounts("bob@rm.test");
        assertThat(api.get("/api/tenants/rm-co/members", admin).body().get("members")).isEmpty();
        assertThat(api.get("/api/tenants/rm-co/members?includeRemoved=true", admin).body().get("members")).hasSize(1);
        assertThat(onboarding.remove("rm-co", admin, id).status()).as("removing a removed member again").isEqualTo(204);
        assertThat(removedEvents(id)).singleElement().asString().contains("\"mailboxKept\":false");

        // the address was released only now: the same username can be created again
        String again = onboarding.activeMember("rm-co", admin, "bob").get("id").asText();
        assertThat(again).isNotEqualTo(id);
        assertThat(simulators.authentik().users()).filteredOn(u -> u.username().equals("bob@rm.test")).hasSize(1);
    }

    @Test
    void aSlowRemovalAnswers202WithItsOperationAndASecondDeleteNamesTheSameOne() {
        String admin = onboarding.tenantWithDomain("slowrm-co", "slowrm.test");
        String id = onboarding.activeMember("slowrm-co", admin, "kim").get("id").asText();
        simulators.ocis().faults().latency(OCIS_DELETE, Duration.ofSeconds(7));

        Api.Response accepted = onboarding.remove("slowrm-co", admin, id);
        assertThat(accepted.status()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).startsWith("/api/tenants/slowrm-co/operations/").doesNotEndWith(id);
        JsonNode operation = api.get(location, admin).body();
        assertThat(operation.get("kind").asText()).isEqualTo("member-removal");
        assertThat(operation.get("status").asText()).isEqualTo("RUNNING");
        assertThat(api.get("/api/tenants/slowrm-co/members/" + id, admin).body().get("status").asText())
                .isEqualTo("REMOVING");

        Api.Response again = onboarding.remove("slowrm-co", admin, id);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.header("Location")).isEqualTo(location);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                api.get(location, admin).body().get("status").asText().equals("DONE"));
        assertThat(simulators.ocis().users()).noneMatch(u -> u.username().equals("kim@slowrm.test"));
    }

    @Test
    void aMemberStillBeingProvisionedCannotBeRemoved() {
        String admin = onboarding.tenantWithDomain("rm-busy-co", "rm-busy.test");
        // the file account's creation hangs until the faults are cleared: onboarding is surely still running
        simulators.ocis().faults().hangNext("POST /v1.0/users", 1);
        Api.Response created = onboarding.create("rm-busy-co", admin, "lee", "member");
        assertThat(created.status()).isEqualTo(202);

        Api.Response refused = onboarding.remove("rm-busy-co", admin, created.body().get("id").asText());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("still being provisioned");
        simulators.ocis().faults().clear();
        String id = onboarding.active("rm-busy-co", created).get("id").asText();
        assertThat(onboarding.remove("rm-busy-co", admin, id).status()).isIn(202, 204);
        onboarding.removed("rm-busy-co", id);
    }

    @Test
    void anUnknownMemberIsNotFound() {
        String admin = onboarding.tenantWithDomain("none-co", "none.test");
        assertThat(onboarding.remove("none-co", admin, "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b").status()).isEqualTo(404);
        assertThat(onboarding.remove("none-co", admin, "not-an-id").status()).isEqualTo(404);
    }

    @Test
    void aTransientFilesFailureDuringRemovalIsRetriedAndTheRemovalFinishes() {
        String admin = onboarding.tenantWithDomain("rt-co", "rt.test");
        String id = onboarding.activeMember("rt-co", admin, "carol").get("id").asText();
        // more than the HTTP client's own attempts, so the saga's deadline retry is needed
        simulators.ocis().faults().failNext(OCIS_DELETE, 5, 503);

        onboarding.remove("rt-co", admin, id);
        JsonNode gone = onboarding.removed("rt-co", id);

        assertThat(gone.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));
        assertThat(simulators.ocis().users()).noneMatch(u -> u.username().equals("carol@rt.test"));
        assertThat(simulators.ocis().faults().calls(OCIS_DELETE)).isGreaterThanOrEqualTo(6);
        assertThat(stored.events(id, "%MemberStepRecordedEvent")).anyMatch(e -> e.contains("RETRYING") && e.contains("FILES"));
    }

    @Test
    void aMailboxStalwartRefusesToDeleteIsParkedAsNeedsAttentionAndTheAddressStaysTaken() {
        String admin = onboarding.tenantWithDomain("rm-stuck-co", "rm-stuck.test");
        String id = onboarding.activeMember("rm-stuck-co", admin, "dave").get("id").asText();
        simulators.stalwart().faults().failNext("x:Account/set", 10, 400);

        onboarding.remove("rm-stuck-co", admin, id);
        JsonNode gone = onboarding.removed("rm-stuck-co", id);
        simulators.stalwart().faults().clear();

        JsonNode mailbox = Onboarding.step(gone, "MAILBOX");
        assertThat(mailbox.get("state").asText()).as(gone.toString()).isEqualTo("NEEDS_ATTENTION");
        assertThat(mailbox.get("detail").asText()).contains("Stalwart still has the account").contains("dave@rm-stuck.test")
                .contains("an operator must delete it there");
        assertThat(gone.get("reason").asText()).contains("needs attention");
        assertThat(simulators.stalwartInspect().accountWithEmail("dave@rm-stuck.test")).isPresent();
        assertThat(simulators.authentik().users()).noneMatch(u -> u.username().equals("dave@rm-stuck.test"));
        assertThat(simulators.ocis().users()).noneMatch(u -> u.username().equals("dave@rm-stuck.test"));
        // the leftover mailbox keeps its address: nobody can claim it and adopt the mailbox by name
        Api.Response reuse = onboarding.create("rm-stuck-co", admin, "dave", "member");
        assertThat(reuse.status()).isEqualTo(409);
    }

    @Test
    void aSuspendedMemberIsRemovedWithEveryAccountButNobodyRemovesThemself() {
        String owner = onboarding.tenantWithDomain("sus-co", "sus.test");
        String bob = onboarding.activeMember("sus-co", owner, "bob").get("id").asText();
        Api.Response annCreated = api.send("POST", "/api/tenants/sus-co/members", owner,
                Map.of("displayName", "Ann Admin", "username", "ann", "role", "admin"), Map.of());
        String ann = onboarding.active("sus-co", annCreated).get("id").asText();
        String annToken = api.token(onboarding.settled("sus-co", ann).get("ssoSubject").asText(), "customer-admin");

        Api.Response self = onboarding.remove("sus-co", annToken, ann);
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(self.body().get("code").asText()).isEqualTo("self-action");
        assertThat(onboarding.settled("sus-co", ann).get("status").asText()).isEqualTo("ACTIVE");

        assertThat(api.post("/api/tenants/sus-co/members/" + bob + "/suspend", annToken, null).status()).isIn(200, 202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> api.get(
                "/api/tenants/sus-co/members/" + bob, owner).body().path("status").asText().equals("SUSPENDED"));
        Api.Response removed = onboarding.remove("sus-co", annToken, bob);
        assertThat(removed.status()).as(removed.toString()).isIn(202, 204);
        onboarding.removed("sus-co", bob);
        simulators.assertNoAccounts("bob@sus.test");
    }

    @Test
    void aMembersMailboxBlocksRemovingItsDomainUntilTheMemberIsGone() {
        String admin = onboarding.tenantWithDomain("blk-co", "blk.test");
        String bob = onboarding.activeMember("blk-co", admin, "bob").get("id").asText();

        Api.Response refused = api.send("DELETE", "/api/tenants/blk-co/domains/blk.test", admin, null, Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("blockers").toString()).contains("mailbox bob@blk.test");
        assertThat(api.get("/api/tenants/blk-co/domains/blk.test", admin).body().get("status").asText())
                .isNotIn("REMOVING", "REMOVED");

        onboarding.remove("blk-co", admin, bob);
        onboarding.removed("blk-co", bob);
        Api.Response domainGone = api.send("DELETE", "/api/tenants/blk-co/domains/blk.test", admin, null, Map.of());
        assertThat(domainGone.status()).as(domainGone.toString()).isIn(202, 204);
    }

    private List<String> removedEvents(String memberId) {
        return stored.events(memberId, "%MemberRemovedEvent");
    }
}
