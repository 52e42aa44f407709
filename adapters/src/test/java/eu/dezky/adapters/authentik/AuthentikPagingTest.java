package eu.dezky.adapters.authentik;

import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.contract.ContractRecorder;
import eu.dezky.adapters.contract.Specs;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listings longer than one Authentik page (100 items, reference A2) come back whole: the client asks page 1, 2, 3 …
 * until {@code pagination.next} is 0, and every page it walks matches the Authentik schema.
 */
class AuthentikPagingTest {

    private AuthentikSimulator sim;
    private AuthentikClient client;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final ContractRecorder contract = new ContractRecorder(Specs.authentik());

    @BeforeEach
    void start() {
        sim = AuthentikSimulator.start();
        client = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                b -> b.networkInterceptor(chain -> {
                    HttpUrl url = chain.request().url();
                    asked.add(url.pathSegments().get(url.pathSize() - 2) + " page=" + url.queryParameter("page")
                            + " page_size=" + url.queryParameter("page_size"));
                    return chain.proceed(chain.request());
                }).networkInterceptor(contract));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyUserComesBackWhenTheyFillMoreThanTwoPages() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            created.add("user-%03d@acme.test".formatted(i)); // the simulator's hand-made users use it as e-mail too
            sim.createUser(created.get(i));
        }

        List<AuthentikUser> listed = client.listUsers();

        assertThat(listed).extracting(AuthentikUser::username).containsExactlyInAnyOrderElementsOf(created);
        assertThat(asked).containsExactly("users page=1 page_size=100", "users page=2 page_size=100",
                "users page=3 page_size=100");
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void everySessionOfAUserComesBackWhenTheyFillTwoPages() {
        AuthentikUser alice = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", "alice@acme.test",
                new Ownership("acme", "a")));
        sim.createUser("bob@acme.test");
        sim.login("bob@acme.test");
        List<UUID> sessions = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            sessions.add(sim.login("alice"));
        }
        asked.clear();

        List<AuthentikSession> listed = client.listSessions(alice.id(), "alice");

        assertThat(listed).extracting(AuthentikSession::uuid).containsExactlyInAnyOrderElementsOf(sessions);
        assertThat(asked).containsExactly("authenticated_sessions page=1 page_size=100",
                "authenticated_sessions page=2 page_size=100");
        assertThat(contract.violations()).isEmpty();
    }
}
