package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Member removal and linked memberships over HTTP against the sandbox simulators (Authentik, Stalwart, oCIS), with
 * faults injected there; oCIS and Stalwart steps get three attempts of the saga.
 */
@SandboxComponentTest
@TestPropertySource(properties = {"DEZKY_MEMBER_OCIS_MAX_ATTEMPTS=3", "DEZKY_MEMBER_STALWART_MAX_ATTEMPTS=3"})
class MemberRemovalApiTest extends SandboxApiTest {

    private static final String OCIS_DELETE = "DELETE /v1.0/users/{user-id}";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void removingAnActiveMemberDeletesEveryAccountAndFreesTheAddress() {
        String admin = onboarding.tenantWithDomain("rm-co", "rm.test");
        String id = onboarding.activeMember("rm-co", admin, "bob").get("id").asText();

        Api.Response removed = remove("rm-co", admin, id);
        assertThat(removed.status()).as(removed.toString()).isIn(202, 204);
        JsonNode gone = removedView("rm-co", admin, id);

        assertThat(gone.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));
        simulators.assertNoAccounts("bob@rm.test");
        assertThat(api.get("/api/tenants/rm-co/members", admin).body().get("members")).isEmpty();
        assertThat(api.get("/api/tenants/rm-co/members?includeRemoved=true", admin).body().get("members")).hasSize(1);
        assertThat(remove("rm-co", admin, id).status()).as("removing a removed member again").isEqualTo(204);
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

        Api.Response accepted = remove("slowrm-co", admin, id);
        assertThat(accepted.status()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).startsWith("/api/tenants/slowrm-co/operations/").doesNotEndWith(id);
        JsonNode operation = api.get(location, admin).body();
        assertThat(operation.get("kind").asText()).isEqualTo("member-removal");
        assertThat(operation.get("status").asText()).isEqualTo("REMOVING");
        assertThat(api.get("/api/tenants/slowrm-co/members/" + id, admin).body().get("status").asText())
                .isEqualTo("REMOVING");

        Api.Response again = remove("slowrm-co", admin, id);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.header("Location")).isEqualTo(location);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                api.get(location, admin).body().get("status").asText().equals("REMOVED"));
        assertThat(simulators.ocis().users()).noneMatch(u -> u.username().equals("kim@slowrm.test"));
    }

    @Test
    void aMemberStillBeingProvisionedCannotBeRemoved() {
        String admin = onboarding.tenantWithDomain("busy-co", "busy.test");
        // the file account's creation hangs until the faults are cleared: onboarding is surely still running
        simulators.ocis().faults().hangNext("POST /v1.0/users", 1);
        Api.Response created = onboarding.create("busy-co", admin, "lee", "member");
        assertThat(created.status()).isEqualTo(202);

        Api.Response refused = remove("busy-co", admin, created.body().get("id").asText());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("still being provisioned");
        simulators.ocis().faults().clear();
        String id = onboarding.active("busy-co", created).get("id").asText();
        assertThat(remove("busy-co", admin, id).status()).isIn(202, 204);
        removedView("busy-co", admin, id);
    }

    @Test
    void anUnknownMemberIsNotFound() {
        String admin = onboarding.tenantWithDomain("none-co", "none.test");
        assertThat(remove("none-co", admin, "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b").status()).isEqualTo(404);
        assertThat(remove("none-co", admin, "not-an-id").status()).isEqualTo(404);
    }

    @Test
    void aTransientFilesFailureDuringRemovalIsRetriedAndTheRemovalFinishes() {
        String admin = onboarding.tenantWithDomain("rt-co", "rt.test");
        String id = onboarding.activeMember("rt-co", admin, "carol").get("id").asText();
        // more than the HTTP client's own attempts, so the saga's deadline retry is needed
        simulators.ocis().faults().failNext(OCIS_DELETE, 5, 503);

        remove("rt-co", admin, id);
        JsonNode gone = removedView("rt-co", admin, id);

        assertThat(gone.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));
        assertThat(simulators.ocis().users()).noneMatch(u -> u.username().equals("carol@rt.test"));
        assertThat(simulators.ocis().faults().calls(OCIS_DELETE)).isGreaterThanOrEqualTo(6);
        assertThat(stepEvents(id)).anyMatch(e -> e.contains("RETRYING") && e.contains("FILES"));
    }

    @Test
    void aMailboxStalwartRefusesToDeleteIsParkedAsNeedsAttentionAndTheAddressStaysTaken() {
        String admin = onboarding.tenantWithDomain("stuck-co", "stuck.test");
        String id = onboarding.activeMember("stuck-co", admin, "dave").get("id").asText();
        simulators.stalwart().faults().failNext("x:Account/set", 10, 400);

        remove("stuck-co", admin, id);
        JsonNode gone = removedView("stuck-co", admin, id);
        simulators.stalwart().faults().clear();

        JsonNode mailbox = step(gone, "MAILBOX");
        assertThat(mailbox.get("state").asText()).as(gone.toString()).isEqualTo("NEEDS_ATTENTION");
        assertThat(mailbox.get("detail").asText()).contains("Stalwart still has the account").contains("dave@stuck.test")
                .contains("an operator must delete it there");
        assertThat(gone.get("reason").asText()).contains("needs attention");
        assertThat(simulators.stalwartInspect().accountWithEmail("dave@stuck.test")).isPresent();
        assertThat(simulators.authentik().users()).noneMatch(u -> u.username().equals("dave@stuck.test"));
        assertThat(simulators.ocis().users()).noneMatch(u -> u.username().equals("dave@stuck.test"));
        // the leftover mailbox keeps its address: nobody can claim it and adopt the mailbox by name
        Api.Response reuse = onboarding.create("stuck-co", admin, "dave", "member");
        assertThat(reuse.status()).isEqualTo(409);
    }

    @Test
    void aLinkedMembershipSharesTheAccountsAndTheMailboxIsKeptUntilTheLastMembershipGoes() {
        String both = "both-admin";
        onboarding.tenantWithDomain("home-co", "home.test", both);
        onboarding.tenant("guest-co", both);
        String admin = api.token(both, "customer-admin");
        String home = onboarding.activeMember("home-co", admin, "bob").get("id").asText();
        int pk = simulators.authentik().users().stream().filter(u -> u.username().equals("bob@home.test")).findFirst()
                .orElseThrow().pk();

        Api.Response linked = link("guest-co", admin, "bob@home.test");
        assertThat(linked.status()).as(linked.toString()).isIn(201, 202);
        assertThat(linked.body().path("oneTimePassword").asText(null)).as("no one-time password").isNull();
        String guest = linked.body().get("id").asText();
        JsonNode shared = onboarding.settled("guest-co", guest);
        assertThat(shared.get("status").asText()).as(shared.toString()).isEqualTo("ACTIVE");
        assertThat(shared.get("mailbox").asText()).isEqualTo("bob@home.test");
        assertThat(shared.get("steps")).allSatisfy(s -> assertThat(s.get("detail").asText())
                .startsWith("shared with the membership in tenant home-co"));
        assertThat(simulators.authentik().membersOf("dezky-guest-co")).containsExactly(pk);
        assertThat(simulators.authentik().users()).filteredOn(u -> u.username().equals("bob@home.test")).hasSize(1);
        assertThat(simulators.ocis().users()).filteredOn(u -> u.username().equals("bob@home.test")).hasSize(1);
        assertThat(link("guest-co", admin, "bob@home.test").status()).as("linking twice").isEqualTo(409);

        remove("guest-co", admin, guest);
        JsonNode left = removedView("guest-co", admin, guest);
        assertThat(step(left, "SSO").get("detail").asText()).contains("removed from the group dezky-guest-co");
        assertThat(step(left, "MAILBOX").get("state").asText()).isEqualTo("SKIPPED");
        assertThat(simulators.authentik().membersOf("dezky-guest-co")).doesNotContain(pk);
        assertThat(simulators.authentik().membersOf("dezky-home-co")).contains(pk);
        assertThat(simulators.authentik().users()).anyMatch(u -> u.username().equals("bob@home.test"));
        assertThat(simulators.stalwartInspect().accountWithEmail("bob@home.test")).isPresent();
        assertThat(simulators.ocis().users()).anyMatch(u -> u.username().equals("bob@home.test"));
        assertThat(api.get("/api/tenants/home-co/members/" + home, admin).body().get("status").asText())
                .isEqualTo("ACTIVE");
        assertThat(removedEvents(guest)).singleElement().asString().contains("\"mailboxKept\":true");

        remove("home-co", admin, home);
        removedView("home-co", admin, home);
        simulators.assertNoAccounts("bob@home.test");
        assertThat(removedEvents(home)).singleElement().asString().contains("\"mailboxKept\":false");
        onboarding.activeMember("home-co", admin, "bob");
    }

    @Test
    void removingTheOriginalMembershipFirstKeepsTheAccountsForTheLinkedOne() {
        Memberships eve = linkedMemberships("first-admin", "orig-co", "orig.test", "copy-co", "eve");
        String admin = eve.admin();
        String original = eve.original();
        String copy = eve.linked();

        remove("orig-co", admin, original);
        removedView("orig-co", admin, original);
        assertThat(simulators.stalwartInspect().accountWithEmail("eve@orig.test")).isPresent();
        assertThat(simulators.authentik().users()).anyMatch(u -> u.username().equals("eve@orig.test"));

        remove("copy-co", admin, copy);
        removedView("copy-co", admin, copy);
        assertThat(simulators.stalwartInspect().accountWithEmail("eve@orig.test")).isEmpty();
        assertThat(simulators.authentik().users()).noneMatch(u -> u.username().equals("eve@orig.test"));
        assertThat(simulators.ocis().users()).noneMatch(u -> u.username().equals("eve@orig.test"));
    }

    @Test
    void ofTwoConcurrentRemovalsOfOnePersonsMembershipsExactlyOneTearsTheAccountsDown() throws Exception {
        Memberships ann = linkedMemberships("race-admin", "race-a", "race-a.test", "race-b", "ann");
        String admin = ann.admin();
        String first = ann.original();
        String second = ann.linked();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> removals = pool.invokeAll(List.of(
                    () -> remove("race-a", admin, first), () -> remove("race-b", admin, second)));
            for (Future<Api.Response> removal : removals) {
                assertThat(removal.get().status()).isIn(202, 204);
            }
        } finally {
            pool.shutdownNow();
        }
        removedView("race-a", admin, first);
        removedView("race-b", admin, second);
        List<String> outcomes = new ArrayList<>(removedEvents(first));
        outcomes.addAll(removedEvents(second));
        assertThat(outcomes).as(outcomes.toString()).hasSize(2)
                .filteredOn(e -> e.contains("\"mailboxKept\":true")).hasSize(1);
        simulators.assertNoAccounts("ann@race-a.test");
    }

    @Test
    void anAdminNotAllowedOnTheMailboxsTenantCannotLinkIt() {
        String owner = onboarding.tenantWithDomain("own-co", "own.test");
        onboarding.activeMember("own-co", owner, "zoe");
        String stranger = onboarding.tenant("pull-co");

        Api.Response refused = link("pull-co", stranger, "zoe@own.test");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.body().get("detail").asText()).contains("zoe@own.test").contains("may not administer");
        assertThat(api.get("/api/tenants/pull-co/members", stranger).body().get("members")).isEmpty();

        Api.Response both = api.send("POST", "/api/tenants/pull-co/members", stranger, Map.of("displayName", "Zoe",
                "username", "zoe", "mailbox", "zoe@own.test", "role", "member"), Map.of());
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().get("field").asText()).isEqualTo("mailbox");
        assertThat(both.body().get("detail").asText()).contains("username").contains("not both");
        Api.Response unknown = link("pull-co", stranger, "nobody@own.test");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("field").asText()).isEqualTo("mailbox");
    }

    @Test
    void aSuspendedMemberIsRemovedWithEveryAccountButNobodyRemovesThemself() {
        String owner = onboarding.tenantWithDomain("sus-co", "sus.test");
        String bob = onboarding.activeMember("sus-co", owner, "bob").get("id").asText();
        Api.Response annCreated = api.send("POST", "/api/tenants/sus-co/members", owner,
                Map.of("displayName", "Ann Admin", "username", "ann", "role", "admin"), Map.of());
        String ann = onboarding.active("sus-co", annCreated).get("id").asText();
        String annToken = api.token(onboarding.settled("sus-co", ann).get("ssoSubject").asText(), "customer-admin");

        Api.Response self = remove("sus-co", annToken, ann);
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(self.body().get("code").asText()).isEqualTo("self-action");
        assertThat(onboarding.settled("sus-co", ann).get("status").asText()).isEqualTo("ACTIVE");

        assertThat(api.post("/api/tenants/sus-co/members/" + bob + "/suspend", annToken, null).status()).isIn(200, 202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> api.get(
                "/api/tenants/sus-co/members/" + bob, owner).body().path("status").asText().equals("SUSPENDED"));
        Api.Response removed = remove("sus-co", annToken, bob);
        assertThat(removed.status()).as(removed.toString()).isIn(202, 204);
        removedView("sus-co", owner, bob);
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

        remove("blk-co", admin, bob);
        removedView("blk-co", admin, bob);
        Api.Response domainGone = api.send("DELETE", "/api/tenants/blk-co/domains/blk.test", admin, null, Map.of());
        assertThat(domainGone.status()).as(domainGone.toString()).isIn(202, 204);
    }

    @Test
    void aLinkedMembershipHasNoLifecycleOperationsOfItsOwn() {
        Memberships eve = linkedMemberships("lnk-admin", "lnk-home", "lnk-home.test", "lnk-guest", "eve");
        String admin = eve.admin();
        String home = eve.original();
        String guest = eve.linked();

        for (String action : new String[]{"suspend", "logout", "reset-password"}) {
            Api.Response refused = api.post("/api/tenants/lnk-guest/members/" + guest + "/" + action, admin, null);
            assertThat(refused.status()).as(action + " " + refused).isEqualTo(409);
            assertThat(refused.body().get("code").asText()).isEqualTo("member-linked");
        }
        assertThat(simulators.authentik().users()).filteredOn(u -> u.username().equals("eve@lnk-home.test"))
                .singleElement().satisfies(u -> assertThat(u.active()).isTrue());
        assertThat(api.get("/api/tenants/lnk-home/members/" + home, admin).body().get("status").asText())
                .isEqualTo("ACTIVE");
    }

    /** One person's two memberships: the {@code original} one with the mailbox, and one {@code linked} to it. */
    private record Memberships(String admin, String original, String linked) {
    }

    /**
     * {@code adminSubject} administers {@code home} (with {@code domain}) and {@code guest}; {@code username} is an
     * ACTIVE member of home whose mailbox is linked, ACTIVE, into guest.
     */
    private Memberships linkedMemberships(String adminSubject, String home, String domain, String guest,
                                          String username) {
        onboarding.tenantWithDomain(home, domain, adminSubject);
        onboarding.tenant(guest, adminSubject);
        String admin = api.token(adminSubject, "customer-admin");
        String original = onboarding.activeMember(home, admin, username).get("id").asText();
        Api.Response linked = link(guest, admin, username + "@" + domain);
        assertThat(linked.status()).as(linked.toString()).isIn(201, 202);
        String id = linked.body().get("id").asText();
        assertThat(onboarding.settled(guest, id).get("status").asText()).isEqualTo("ACTIVE");
        return new Memberships(admin, original, id);
    }

    private List<String> removedEvents(String memberId) {
        return events(memberId, "%MemberRemovedEvent");
    }

    private List<String> stepEvents(String memberId) {
        return events(memberId, "%MemberStepRecordedEvent");
    }

    private List<String> events(String memberId, String type) {
        return jdbc.query("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), memberId, type);
    }

    private static JsonNode step(JsonNode member, String system) {
        for (JsonNode step : member.get("steps")) {
            if (step.get("system").asText().equals(system)) {
                return step;
            }
        }
        throw new AssertionError("no " + system + " step in " + member);
    }

    private Api.Response link(String slug, String admin, String mailbox) {
        return api.send("POST", "/api/tenants/" + slug + "/members", admin,
                Map.of("displayName", "Linked " + mailbox, "mailbox", mailbox, "role", "member"), Map.of());
    }

    private Api.Response remove(String slug, String admin, String id) {
        return api.send("DELETE", "/api/tenants/" + slug + "/members/" + id, admin, null, Map.of());
    }

    private JsonNode removedView(String slug, String admin, String id) {
        String path = "/api/tenants/" + slug + "/members/" + id;
        Map<String, JsonNode> last = new HashMap<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last.put("view", api.get(path, admin).body());
            return last.get("view").path("status").asText().equals("REMOVED");
        });
        return last.get("view");
    }
}
