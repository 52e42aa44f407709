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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linked memberships over HTTP against the sandbox simulators: the same person in a second tenant shares the SSO
 * identity, mailbox and file account, which stay until the last membership is removed.
 */
@SandboxComponentTest
class LinkedMembershipApiTest extends SandboxApiTest {

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
    void aLinkedMembershipSharesTheAccountsAndTheMailboxIsKeptUntilTheLastMembershipGoes() {
        String both = "both-admin";
        onboarding.tenantWithDomain("home-co", "home.test", both);
        onboarding.tenant("guest-co", both);
        String admin = api.token(both, "customer-admin");
        String home = onboarding.activeMember("home-co", admin, "bob").get("id").asText();
        int pk = simulators.authentik().users().stream().filter(u -> u.username().equals("bob@home.test")).findFirst()
                .orElseThrow().pk();

        Api.Response linked = onboarding.link("guest-co", admin, "bob@home.test");
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
        assertThat(onboarding.link("guest-co", admin, "bob@home.test").status()).as("linking twice").isEqualTo(409);

        onboarding.remove("guest-co", admin, guest);
        JsonNode left = onboarding.removed("guest-co", guest);
        assertThat(Onboarding.step(left, "SSO").get("detail").asText()).contains("removed from the group dezky-guest-co");
        assertThat(Onboarding.step(left, "MAILBOX").get("state").asText()).isEqualTo("SKIPPED");
        assertThat(simulators.authentik().membersOf("dezky-guest-co")).doesNotContain(pk);
        assertThat(simulators.authentik().membersOf("dezky-home-co")).contains(pk);
        assertThat(simulators.authentik().users()).anyMatch(u -> u.username().equals("bob@home.test"));
        assertThat(simulators.stalwartInspect().accountWithEmail("bob@home.test")).isPresent();
        assertThat(simulators.ocis().users()).anyMatch(u -> u.username().equals("bob@home.test"));
        assertThat(api.get("/api/tenants/home-co/members/" + home, admin).body().get("status").asText())
                .isEqualTo("ACTIVE");
        assertThat(removedEvents(guest)).singleElement().asString().contains("\"mailboxKept\":true");

        onboarding.remove("home-co", admin, home);
        onboarding.removed("home-co", home);
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

        onboarding.remove("orig-co", admin, original);
        onboarding.removed("orig-co", original);
        assertThat(simulators.stalwartInspect().accountWithEmail("eve@orig.test")).isPresent();
        assertThat(simulators.authentik().users()).anyMatch(u -> u.username().equals("eve@orig.test"));

        onboarding.remove("copy-co", admin, copy);
        onboarding.removed("copy-co", copy);
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
                    () -> onboarding.remove("race-a", admin, first), () -> onboarding.remove("race-b", admin, second)));
            for (Future<Api.Response> removal : removals) {
                assertThat(removal.get().status()).isIn(202, 204);
            }
        } finally {
            pool.shutdownNow();
        }
        onboarding.removed("race-a", first);
        onboarding.removed("race-b", second);
        List<String> outcomes = new ArrayList<>(removedEvents(first));
        outcomes.addAll(removedEvents(second));
        assertThat(outcomes).as(outcomes.toString()).hasSize(2)
                .filteredOn(e -> e.contains("\"mailboxKept\":true")).hasSize(1);
        simulators.assertNoAccounts("ann@race-a.test");
    }

    /**
     * Issue 15 (no enumeration): a mailbox of a tenant the caller may not administer is answered exactly like an
     * address nobody has (before: 403 "belongs to a membership in a tenant you may not administer" against 400 "no
     * member has the mailbox", which told which addresses exist platform-wide).
     */
    @Test
    void anAdminNotAllowedOnTheMailboxsTenantCannotLinkItNorTellItExists() {
        String owner = onboarding.tenantWithDomain("own-co", "own.test");
        onboarding.activeMember("own-co", owner, "zoe");
        String stranger = onboarding.tenant("pull-co");

        Api.Response refused = onboarding.link("pull-co", stranger, "zoe@own.test");
        Api.Response unknown = onboarding.link("pull-co", stranger, "nobody@own.test");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("mailbox");
        assertThat(unknown.status()).isEqualTo(refused.status());
        assertThat(unknown.body().get("code")).isEqualTo(refused.body().get("code"));
        assertThat(unknown.body().get("field")).isEqualTo(refused.body().get("field"));
        assertThat(unknown.body().get("detail").asText().replace("nobody@own.test", "<mailbox>"))
                .isEqualTo(refused.body().get("detail").asText().replace("zoe@own.test", "<mailbox>"));
        assertThat(api.get("/api/tenants/pull-co/members", stranger).body().get("members")).isEmpty();

        Api.Response both = api.send("POST", "/api/tenants/pull-co/members", stranger, Map.of("displayName", "Zoe",
                "username", "zoe", "mailbox", "zoe@own.test", "role", "member"), Map.of());
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().get("field").asText()).isEqualTo("mailbox");
        assertThat(both.body().get("detail").asText()).contains("username").contains("not both");
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
        Api.Response linked = onboarding.link(guest, admin, username + "@" + domain);
        assertThat(linked.status()).as(linked.toString()).isIn(201, 202);
        String id = linked.body().get("id").asText();
        assertThat(onboarding.settled(guest, id).get("status").asText()).isEqualTo("ACTIVE");
        return new Memberships(admin, original, id);
    }

    private List<String> removedEvents(String memberId) {
        return stored.events(memberId, "%MemberRemovedEvent");
    }
}
