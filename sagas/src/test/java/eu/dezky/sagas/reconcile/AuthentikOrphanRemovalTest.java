package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.AuthentikUser;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;
import eu.dezky.api.reconcile.Difference;
import eu.dezky.api.reconcile.RepairItem;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Removing an Authentik orphan looks at that one user again, by pk, and deletes it only while it still carries this
 * tenant's marker; it never lists the installation's users to find it.
 */
class AuthentikOrphanRemovalTest {

    private final AuthentikSimulator sim = AuthentikSimulator.start();
    private final AuthentikClient authentik = AuthentikClient.create(HttpTarget.of("authentik",
            sim.baseUrl().toString(), () -> "Bearer " + sim.token())
            .withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), 0)));
    private final Repairs repairs = new Repairs(null, null, authentik, null, null);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void anOrphanStillMarkedForTheTenantIsRemovedAfterReadingItByPk() {
        AuthentikUser ghost = user("ghost@acme.test", "acme");
        user("bob@acme.test", "acme");
        sim.faults().clear();

        assertThat(repairs.removeOrphan("acme", orphan(ghost)).detail()).isEqualTo("removed");

        assertThat(sim.users()).extracting(u -> u.username()).containsExactly("bob@acme.test");
        assertThat(sim.faults().calls("GET /core/users/{id}/")).isEqualTo(1);
        assertThat(sim.faults().calls("GET /core/users/")).as("no listing").isZero();
    }

    @Test
    void anOrphanNowMarkedForAnotherTenantIsLeftAlone() {
        AuthentikUser ghost = user("ghost@acme.test", "beta");

        assertThat(repairs.removeOrphan("acme", orphan(ghost)).detail()).contains("left alone");

        assertThat(sim.users()).hasSize(1);
    }

    @Test
    void anOrphanAlreadyGoneCountsAsDone() {
        AuthentikUser ghost = user("ghost@acme.test", "acme");
        authentik.deleteUser(ghost.id());

        assertThat(repairs.removeOrphan("acme", orphan(ghost)).detail()).contains("already gone");
    }

    private AuthentikUser user(String username, String tenant) {
        return authentik.createOrAdoptUser(new NewAuthentikUser(username, username, username,
                new Ownership(tenant, "m-gone")));
    }

    private static RepairItem orphan(AuthentikUser user) {
        return new RepairItem("authentik", Difference.orphaned("user", user.username(), String.valueOf(user.pk())),
                null, false, List.of(), null);
    }
}
