package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.AuthentikGroupId;
import eu.dezky.adapters.authentik.AuthentikUser;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;
import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.SystemAccount;
import eu.dezky.api.reconcile.Difference;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Authentik side of a reconciliation against the simulator: every kind of finding for one tenant, read with
 * requests whose number follows the tenant, not how many users the whole installation has.
 */
class AuthentikComparisonTest {

    static final String TENANT = "acme";
    static final List<String> USER_READS = List.of("GET /core/users/", "GET /core/users/{id}/", "GET /core/groups/");

    private AuthentikSimulator sim;
    private AuthentikClient authentik;
    private AuthentikGroupId group;

    @BeforeEach
    void start() {
        sim = AuthentikSimulator.start();
        authentik = AuthentikClient.create(HttpTarget.of("authentik", sim.baseUrl().toString(),
                () -> "Bearer " + sim.token()).withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), 0))
                .withLimits(4, 60_000)); // seeding 250 users takes 500 calls; the limiter is tested on its own
        group = authentik.findOrCreateGroup("dezky-" + TENANT);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyFindingOfTheTenantIsClassifiedAsBefore() {
        List<String> findings = describe(new AuthentikComparison(authentik).compare(acme()));

        assertThat(findings).containsExactlyInAnyOrder(
                "user carol@acme.test DRIFTED active",
                "group-membership dave@old.test DRIFTED dezky-acme",
                "user erin@acme.test MISSING null",
                "user ghost@acme.test ORPHANED null",
                "user ghost@elsewhere.test ORPHANED null",
                "user stranger@acme.test FOREIGN null",
                "user intruder@else.test FOREIGN null");
    }

    @Test
    void theRequestsDoNotGrowWithOtherTenantsUsers() {
        Expected acme = acme();
        sim.faults().clear();
        List<String> before = describe(new AuthentikComparison(authentik).compare(acme));
        int requestsBefore = reads();
        for (int i = 0; i < 250; i++) {
            String tenant = "tenant-" + (i % 5);
            marked("user-%03d@%s.test".formatted(i, tenant), tenant, "m-" + i);
        }
        sim.faults().clear();

        List<String> after = describe(new AuthentikComparison(authentik).compare(acme));

        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        assertThat(reads()).as("requests with 250 more users elsewhere").isEqualTo(requestsBefore);
        // group, marked users, one domain, the unmarked group member (group + listing), two mailboxes by username
        assertThat(requestsBefore).isEqualTo(7);
    }

    @Test
    void aHealthyTenantCostsOneRequestPerQuery() {
        AuthentikUser bob = marked("bob@acme.test", TENANT, "m-1");
        authentik.addToGroup(group, bob.id());
        for (int i = 0; i < 250; i++) {
            marked("user-%03d@beta.test".formatted(i), "beta", "m-" + i);
        }
        sim.faults().clear();

        List<Difference> differences = new AuthentikComparison(authentik)
                .compare(new Expected(TENANT, List.of("acme.test"), List.of(member("m-1", "bob@acme.test")),
                        List.of(), List.of()));

        assertThat(differences).isEmpty();
        assertThat(sim.faults().calls("GET /core/groups/")).isEqualTo(1);
        assertThat(sim.faults().calls("GET /core/users/")).as("marked users and one domain").isEqualTo(2);
        assertThat(sim.faults().calls("GET /core/users/{id}/")).isZero();
    }

    /** The tenant with one of each finding, plus a neighbour's users that must not show. */
    private Expected acme() {
        AuthentikUser bob = marked("bob@acme.test", TENANT, "m-1");
        AuthentikUser carol = marked("carol@acme.test", TENANT, "m-2");
        authentik.addToGroup(group, bob.id());
        authentik.addToGroup(group, carol.id());
        sim.deactivateUser("carol@acme.test");
        sim.createUser("dave@old.test"); // a member's mailbox on a lapsed domain, without our marker, not in the group
        marked("ghost@acme.test", TENANT, "m-gone");
        marked("ghost@elsewhere.test", TENANT, "m-gone-too");
        sim.createUser("stranger@acme.test");
        sim.createUser("intruder@else.test");
        authentik.addToGroup(group, authentik.findUserByUsername("intruder@else.test").orElseThrow().id());
        marked("neighbour@acme.test", "beta", "m-9"); // on our domain, but the marker names another tenant
        sim.createUser("eve@acme.test.evil.example");
        return new Expected(TENANT, List.of("acme.test"), List.of(member("m-1", "bob@acme.test"),
                member("m-2", "carol@acme.test"), member("m-3", "dave@old.test"),
                member("m-4", "erin@acme.test")), List.of(), List.of());
    }

    private int reads() {
        return USER_READS.stream().mapToInt(op -> sim.faults().calls(op)).sum();
    }

    private AuthentikUser marked(String username, String tenant, String member) {
        return authentik.createOrAdoptUser(new NewAuthentikUser(username, username, username,
                new Ownership(tenant, member)));
    }

    private static List<String> describe(List<Difference> differences) {
        return differences.stream().map(d -> d.type() + " " + d.object() + " " + d.situation() + " " + d.field())
                .toList();
    }

    private static MemberView member(String id, String mailbox) {
        return new MemberView(id, TENANT, "Someone", mailbox.substring(0, mailbox.indexOf('@')), MemberRole.MEMBER,
                mailbox, MemberStatus.ACTIVE, null, List.of(), Instant.now(),
                List.of(new SystemAccount(MemberSystem.SSO, AccountState.ACTIVE)), null, null);
    }
}
