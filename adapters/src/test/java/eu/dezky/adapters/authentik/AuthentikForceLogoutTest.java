package eu.dezky.adapters.authentik;

import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Force logout deletes exactly the member's sessions. The session list is filtered by pk on our side,
 * because Authentik ignores {@code ?user=} and returns every user's sessions (reference A9).
 */
class AuthentikForceLogoutTest {

    private AuthentikSimulator sim;
    private AuthentikClient client;
    private AuthentikUser alice;
    private AuthentikUser bob;

    @BeforeEach
    void start() {
        sim = AuthentikSimulator.start();
        // 230 deletes in one go: above the default limiter's burst, which a saga would ride out over several runs
        client = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token())
                .withLimits(4, 100_000));
        alice = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, new Ownership("acme", "a")));
        bob = client.createOrAdoptUser(new NewAuthentikUser("bob", "Bob", null, new Ownership("acme", "b")));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void forceLogoutDeletesOnlyTheTargetUsersSessionsAcrossAllPages() {
        List<UUID> bobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bobs.add(sim.login("bob"));
        }
        for (int i = 0; i < 230; i++) {
            sim.login("alice");
        }

        int deleted = client.deleteSessions(alice.id(), "alice");

        assertThat(deleted).isEqualTo(230);
        assertThat(sim.sessionsOf(alice.pk())).isEmpty();
        assertThat(sim.sessionsOf(bob.pk())).containsExactlyInAnyOrderElementsOf(bobs);
        assertThat(sim.faults().calls("GET /core/authenticated_sessions/")).isEqualTo(3);
    }

    @Test
    void sessionsOfOtherUsersInTheListAreNeverDeletedEvenWhenTheServerDoesNotNarrow() {
        // Strip the narrowing filter on the wire: the simulator then lists everyone's sessions, as
        // Authentik does for ?user=. Only the pk filter on our side protects the other users.
        AuthentikClient unnarrowed = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                b -> b.networkInterceptor(chain -> {
                    HttpUrl url = chain.request().url().newBuilder().removeAllQueryParameters("user__username")
                            .addQueryParameter("user", "ignored-by-the-server").build();
                    return chain.proceed(chain.request().newBuilder().url(url).build());
                }));
        UUID bobsSession = sim.login("bob");
        sim.login("alice");
        sim.login("alice");

        List<AuthentikSession> listed = unnarrowed.listSessions(alice.id(), "alice");
        int deleted = unnarrowed.deleteSessions(alice.id(), "alice");

        assertThat(listed).hasSize(2).allMatch(s -> s.user() == alice.pk());
        assertThat(deleted).isEqualTo(2);
        assertThat(sim.sessionsOf(bob.pk())).containsExactly(bobsSession);
    }

    @Test
    void aUserWithoutSessionsIsADoneLogout() {
        assertThat(client.deleteSessions(alice.id(), "alice")).isZero();
    }
}
