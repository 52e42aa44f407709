package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.integrations.Sandbox;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
 * faults injected there. Retries back off from 200 ms here so a retried step finishes within the test. Removing a
 * suspended member is not covered here: suspending is not on this branch (issue 5, Helper A).
 */
@ComponentTest
class MemberRemovalApiTest {

    private static final String OCIS_DELETE = "DELETE /v1.0/users/{user-id}";

    @DynamicPropertySource
    static void fastRetries(DynamicPropertyRegistry registry) {
        registry.add("DEZKY_MEMBER_RETRY_BASE_BACKOFF", () -> "200ms");
        registry.add("DEZKY_MEMBER_RETRY_MAX_BACKOFF", () -> "1s");
        registry.add("DEZKY_MEMBER_OCIS_MAX_ATTEMPTS", () -> "3");
        registry.add("DEZKY_MEMBER_STALWART_MAX_ATTEMPTS", () -> "3");
        // No DNS server is needed: domains only have to exist in the mail server.
        registry.add("DNS_RESOLVERS", () -> "127.0.0.1");
        registry.add("DNS_TIMEOUT", () -> "1s");
    }

    @LocalServerPort
    int port;
    @Autowired
    Sandbox sandbox;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    String operator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        operator = api.token("op", "operator");
    }

    @AfterEach
    void clearFaults() {
        authentik().faults().clear();
        ocis().faults().clear();
        stalwart().faults().clear();
    }

    @Test
    void removingAnActiveMemberDeletesEveryAccountAndFreesTheAddress() {
        String admin = tenantWithDomain("rm-co", "rm.test", "rm-co-admin");
        String id = active("rm-co", admin, create("rm-co", admin, "bob"));

        Api.Response removed = remove("rm-co", admin, id);
        assertThat(removed.status()).as(removed.toString()).isIn(202, 204);
        JsonNode gone = removedView("rm-co", admin, id);

        assertThat(gone.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));
        assertThat(authentik().users()).noneMatch(u -> u.username().equals("bob@rm.test"));
        assertThat(stalwart().simulator().inspect().accountWithEmail("bob@rm.test")).isEmpty();
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("bob@rm.test"));
        assertThat(api.get("/api/tenants/rm-co/members", admin).body().get("members")).isEmpty();
        assertThat(api.get("/api/tenants/rm-co/members?includeRemoved=true", admin).body().get("members")).hasSize(1);
        assertThat(remove("rm-co", admin, id).status()).as("removing a removed member again").isEqualTo(204);
        assertThat(removedEvents(id)).singleElement().asString().contains("\"mailboxKept\":false");

        // the address was released only now: the same username can be created again
        String again = active("rm-co", admin, create("rm-co", admin, "bob"));
        assertThat(again).isNotEqualTo(id);
        assertThat(authentik().users()).filteredOn(u -> u.username().equals("bob@rm.test")).hasSize(1);
    }

    @Test
    void aSlowRemovalAnswers202WithItsOperationAndASecondDeleteNamesTheSameOne() {
        String admin = tenantWithDomain("slowrm-co", "slowrm.test", "slowrm-co-admin");
        String id = active("slowrm-co", admin, create("slowrm-co", admin, "kim"));
        ocis().faults().latency(OCIS_DELETE, Duration.ofSeconds(7));

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
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("kim@slowrm.test"));
    }

    @Test
    void aMemberStillBeingProvisionedCannotBeRemoved() {
        String admin = tenantWithDomain("busy-co", "busy.test", "busy-co-admin");
        // the file account's creation hangs until the faults are cleared: onboarding is surely still running
        ocis().faults().hangNext("POST /v1.0/users", 1);
        Api.Response created = create("busy-co", admin, "lee");
        assertThat(created.status()).isEqualTo(202);

        Api.Response refused = remove("busy-co", admin, created.body().get("id").asText());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("still being provisioned");
        ocis().faults().clear();
        String id = active("busy-co", admin, created);
        assertThat(remove("busy-co", admin, id).status()).isIn(202, 204);
        removedView("busy-co", admin, id);
    }

    @Test
    void anUnknownMemberIsNotFound() {
        String admin = tenantWithDomain("none-co", "none.test", "none-co-admin");
        assertThat(remove("none-co", admin, "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b").status()).isEqualTo(404);
        assertThat(remove("none-co", admin, "not-an-id").status()).isEqualTo(404);
    }

    @Test
    void aTransientFilesFailureDuringRemovalIsRetriedAndTheRemovalFinishes() {
        String admin = tenantWithDomain("rt-co", "rt.test", "rt-co-admin");
        String id = active("rt-co", admin, create("rt-co", admin, "carol"));
        // more than the HTTP client's own attempts, so the saga's deadline retry is needed
        ocis().faults().failNext(OCIS_DELETE, 5, 503);

        remove("rt-co", admin, id);
        JsonNode gone = removedView("rt-co", admin, id);

        assertThat(gone.get("steps")).allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("DONE"));
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("carol@rt.test"));
        assertThat(ocis().faults().calls(OCIS_DELETE)).isGreaterThanOrEqualTo(6);
        assertThat(stepEvents(id)).anyMatch(e -> e.contains("RETRYING") && e.contains("FILES"));
    }

    @Test
    void aMailboxStalwartRefusesToDeleteIsParkedAsNeedsAttentionAndTheAddressStaysTaken() {
        String admin = tenantWithDomain("stuck-co", "stuck.test", "stuck-co-admin");
        String id = active("stuck-co", admin, create("stuck-co", admin, "dave"));
        stalwart().faults().failNext("x:Account/set", 10, 400);

        remove("stuck-co", admin, id);
        JsonNode gone = removedView("stuck-co", admin, id);
        stalwart().faults().clear();

        JsonNode mailbox = step(gone, "MAILBOX");
        assertThat(mailbox.get("state").asText()).as(gone.toString()).isEqualTo("NEEDS_ATTENTION");
        assertThat(mailbox.get("detail").asText()).contains("Stalwart still has the account").contains("dave@stuck.test")
                .contains("an operator must delete it there");
        assertThat(gone.get("reason").asText()).contains("needs attention");
        assertThat(stalwart().simulator().inspect().accountWithEmail("dave@stuck.test")).isPresent();
        assertThat(authentik().users()).noneMatch(u -> u.username().equals("dave@stuck.test"));
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("dave@stuck.test"));
        // the leftover mailbox keeps its address: nobody can claim it and adopt the mailbox by name
        Api.Response reuse = create("stuck-co", admin, "dave");
        assertThat(reuse.status()).isEqualTo(409);
    }

    @Test
    void aLinkedMembershipSharesTheAccountsAndTheMailboxIsKeptUntilTheLastMembershipGoes() {
        String both = "both-admin";
        tenantWithDomain("home-co", "home.test", both);
        tenant("guest-co", both);
        String admin = api.token(both, "customer-admin");
        String home = active("home-co", admin, create("home-co", admin, "bob"));
        int pk = authentik().users().stream().filter(u -> u.username().equals("bob@home.test")).findFirst()
                .orElseThrow().pk();

        Api.Response linked = link("guest-co", admin, "bob@home.test");
        assertThat(linked.status()).as(linked.toString()).isIn(201, 202);
        assertThat(linked.body().path("oneTimePassword").asText(null)).as("no one-time password").isNull();
        String guest = linked.body().get("id").asText();
        JsonNode shared = settled("guest-co", admin, guest);
        assertThat(shared.get("status").asText()).as(shared.toString()).isEqualTo("ACTIVE");
        assertThat(shared.get("mailbox").asText()).isEqualTo("bob@home.test");
        assertThat(shared.get("steps")).allSatisfy(s -> assertThat(s.get("detail").asText())
                .startsWith("shared with the membership in tenant home-co"));
        assertThat(authentik().membersOf("dezky-guest-co")).containsExactly(pk);
        assertThat(authentik().users()).filteredOn(u -> u.username().equals("bob@home.test")).hasSize(1);
        assertThat(ocis().users()).filteredOn(u -> u.username().equals("bob@home.test")).hasSize(1);
        assertThat(link("guest-co", admin, "bob@home.test").status()).as("linking twice").isEqualTo(409);

        remove("guest-co", admin, guest);
        JsonNode left = removedView("guest-co", admin, guest);
        assertThat(step(left, "SSO").get("detail").asText()).contains("removed from the group dezky-guest-co");
        assertThat(step(left, "MAILBOX").get("state").asText()).isEqualTo("SKIPPED");
        assertThat(authentik().membersOf("dezky-guest-co")).doesNotContain(pk);
        assertThat(authentik().membersOf("dezky-home-co")).contains(pk);
        assertThat(authentik().users()).anyMatch(u -> u.username().equals("bob@home.test"));
        assertThat(stalwart().simulator().inspect().accountWithEmail("bob@home.test")).isPresent();
        assertThat(ocis().users()).anyMatch(u -> u.username().equals("bob@home.test"));
        assertThat(api.get("/api/tenants/home-co/members/" + home, admin).body().get("status").asText())
                .isEqualTo("ACTIVE");
        assertThat(removedEvents(guest)).singleElement().asString().contains("\"mailboxKept\":true");

        remove("home-co", admin, home);
        removedView("home-co", admin, home);
        assertThat(authentik().users()).noneMatch(u -> u.username().equals("bob@home.test"));
        assertThat(stalwart().simulator().inspect().accountWithEmail("bob@home.test")).isEmpty();
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("bob@home.test"));
        assertThat(removedEvents(home)).singleElement().asString().contains("\"mailboxKept\":false");
        active("home-co", admin, create("home-co", admin, "bob"));
    }

    @Test
    void removingTheOriginalMembershipFirstKeepsTheAccountsForTheLinkedOne() {
        String both = "first-admin";
        tenantWithDomain("orig-co", "orig.test", both);
        tenant("copy-co", both);
        String admin = api.token(both, "customer-admin");
        String original = active("orig-co", admin, create("orig-co", admin, "eve"));
        String copy = link("copy-co", admin, "eve@orig.test").body().get("id").asText();
        assertThat(settled("copy-co", admin, copy).get("status").asText()).isEqualTo("ACTIVE");

        remove("orig-co", admin, original);
        removedView("orig-co", admin, original);
        assertThat(stalwart().simulator().inspect().accountWithEmail("eve@orig.test")).isPresent();
        assertThat(authentik().users()).anyMatch(u -> u.username().equals("eve@orig.test"));

        remove("copy-co", admin, copy);
        removedView("copy-co", admin, copy);
        assertThat(stalwart().simulator().inspect().accountWithEmail("eve@orig.test")).isEmpty();
        assertThat(authentik().users()).noneMatch(u -> u.username().equals("eve@orig.test"));
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("eve@orig.test"));
    }

    @Test
    void ofTwoConcurrentRemovalsOfOnePersonsMembershipsExactlyOneTearsTheAccountsDown() throws Exception {
        String both = "race-admin";
        tenantWithDomain("race-a", "race-a.test", both);
        tenant("race-b", both);
        String admin = api.token(both, "customer-admin");
        String first = active("race-a", admin, create("race-a", admin, "ann"));
        String second = link("race-b", admin, "ann@race-a.test").body().get("id").asText();
        assertThat(settled("race-b", admin, second).get("status").asText()).isEqualTo("ACTIVE");

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
        assertThat(authentik().users()).noneMatch(u -> u.username().equals("ann@race-a.test"));
        assertThat(stalwart().simulator().inspect().accountWithEmail("ann@race-a.test")).isEmpty();
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("ann@race-a.test"));
    }

    @Test
    void anAdminNotAllowedOnTheMailboxsTenantCannotLinkIt() {
        String owner = tenantWithDomain("own-co", "own.test", "own-co-admin");
        active("own-co", owner, create("own-co", owner, "zoe"));
        String stranger = tenant("pull-co", "pull-co-admin");

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
        String owner = tenantWithDomain("sus-co", "sus.test", "sus-co-admin");
        String bob = active("sus-co", owner, create("sus-co", owner, "bob"));
        Api.Response annCreated = api.send("POST", "/api/tenants/sus-co/members", owner,
                Map.of("displayName", "Ann Admin", "username", "ann", "role", "admin"), Map.of());
        String ann = active("sus-co", owner, annCreated);
        String annToken = api.token(settled("sus-co", owner, ann).get("ssoSubject").asText(), "customer-admin");

        Api.Response self = remove("sus-co", annToken, ann);
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        assertThat(self.body().get("code").asText()).isEqualTo("self-action");
        assertThat(settled("sus-co", owner, ann).get("status").asText()).isEqualTo("ACTIVE");

        assertThat(api.post("/api/tenants/sus-co/members/" + bob + "/suspend", annToken, null).status()).isIn(200, 202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> api.get(
                "/api/tenants/sus-co/members/" + bob, owner).body().path("status").asText().equals("SUSPENDED"));
        Api.Response removed = remove("sus-co", annToken, bob);
        assertThat(removed.status()).as(removed.toString()).isIn(202, 204);
        removedView("sus-co", owner, bob);
        assertThat(authentik().users()).noneMatch(u -> u.username().equals("bob@sus.test"));
        assertThat(stalwart().simulator().inspect().accountWithEmail("bob@sus.test")).isEmpty();
        assertThat(ocis().users()).noneMatch(u -> u.username().equals("bob@sus.test"));
    }

    @Test
    void aMembersMailboxBlocksRemovingItsDomainUntilTheMemberIsGone() {
        String admin = tenantWithDomain("blk-co", "blk.test", "blk-co-admin");
        String bob = active("blk-co", admin, create("blk-co", admin, "bob"));

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
        String both = "lnk-admin";
        tenantWithDomain("lnk-home", "lnk-home.test", both);
        tenant("lnk-guest", both);
        String admin = api.token(both, "customer-admin");
        String home = active("lnk-home", admin, create("lnk-home", admin, "eve"));
        Api.Response linked = link("lnk-guest", admin, "eve@lnk-home.test");
        String guest = linked.body().get("id").asText();
        assertThat(settled("lnk-guest", admin, guest).get("status").asText()).isEqualTo("ACTIVE");

        for (String action : new String[]{"suspend", "logout", "reset-password"}) {
            Api.Response refused = api.post("/api/tenants/lnk-guest/members/" + guest + "/" + action, admin, null);
            assertThat(refused.status()).as(action + " " + refused).isEqualTo(409);
            assertThat(refused.body().get("code").asText()).isEqualTo("member-linked");
        }
        assertThat(authentik().users()).filteredOn(u -> u.username().equals("eve@lnk-home.test"))
                .singleElement().satisfies(u -> assertThat(u.active()).isTrue());
        assertThat(api.get("/api/tenants/lnk-home/members/" + home, admin).body().get("status").asText())
                .isEqualTo("ACTIVE");
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

    private Api.Response create(String slug, String admin, String username) {
        return api.send("POST", "/api/tenants/" + slug + "/members", admin,
                Map.of("displayName", "Test " + username, "username", username, "role", "member"), Map.of());
    }

    private Api.Response link(String slug, String admin, String mailbox) {
        return api.send("POST", "/api/tenants/" + slug + "/members", admin,
                Map.of("displayName", "Linked " + mailbox, "mailbox", mailbox, "role", "member"), Map.of());
    }

    private Api.Response remove(String slug, String admin, String id) {
        return api.send("DELETE", "/api/tenants/" + slug + "/members/" + id, admin, null, Map.of());
    }

    /** The member's id once onboarding settled as ACTIVE. */
    private String active(String slug, String admin, Api.Response created) {
        assertThat(created.status()).as(created.toString()).isIn(201, 202);
        String id = created.body().get("id").asText();
        JsonNode settled = settled(slug, admin, id);
        assertThat(settled.get("status").asText()).as(settled.toString()).isEqualTo("ACTIVE");
        return id;
    }

    private JsonNode settled(String slug, String admin, String id) {
        String path = "/api/tenants/" + slug + "/members/" + id;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get(path, admin).body().path("status").asText().equals("PROVISIONING"));
        return api.get(path, admin).body();
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

    private String tenant(String slug, String adminSubject) {
        assertThat(api.post("/api/tenants", operator, Api.tenantBody(slug, adminSubject, null)).status()).isEqualTo(201);
        return api.token(adminSubject, "customer-admin");
    }

    private String tenantWithDomain(String slug, String domain, String adminSubject) {
        String admin = tenant(slug, adminSubject);
        var added = api.post("/api/tenants/" + slug + "/domains", admin, Map.of("domain", domain));
        assertThat(added.status()).as(added.toString()).isIn(201, 202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !api.get("/api/tenants/" + slug + "/domains/" + domain, admin).body().get("status").asText()
                        .equals("PROVISIONING")
                        && !api.get("/api/tenants/" + slug, admin).body().path("primaryMailDomain").isMissingNode());
        return admin;
    }

    private AuthentikSimulator authentik() {
        return (AuthentikSimulator) sandbox.simulator("authentik").orElseThrow();
    }

    private OcisSimulator ocis() {
        return (OcisSimulator) sandbox.simulator("ocis").orElseThrow();
    }

    private StalwartSandboxSimulator stalwart() {
        return (StalwartSandboxSimulator) sandbox.simulator("stalwart").orElseThrow();
    }
}
