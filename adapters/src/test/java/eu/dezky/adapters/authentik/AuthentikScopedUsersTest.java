package eu.dezky.adapters.authentik;

import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.contract.ContractRecorder;
import eu.dezky.adapters.contract.Specs;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoped user listings against the simulator's filters: each asks Authentik for one tenant's users only, in
 * requests the 2026.2 schema documents, and still returns only those when the server ignores the filter (A6).
 */
class AuthentikScopedUsersTest {

    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");

    private AuthentikSimulator sim;
    private AuthentikClient client;
    private final ContractRecorder contract = new ContractRecorder(Specs.authentik());
    /** {@code pagination.count} of every user listing the server answered: what it narrowed to, before our filter. */
    private final List<Integer> served = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        sim = AuthentikSimulator.start();
        client = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                b -> b.networkInterceptor(contract).networkInterceptor(chain -> {
                    Response response = chain.proceed(chain.request());
                    Matcher count = COUNT.matcher(response.peekBody(Long.MAX_VALUE).string());
                    if (chain.request().url().encodedPath().endsWith("/core/users/") && count.find()) {
                        served.add(Integer.parseInt(count.group(1)));
                    }
                    return response;
                }));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void usersMarkedForATenantAreThatTenantsOnly() {
        marked("alice@acme.test", "acme", "m-1");
        marked("ghost@elsewhere.test", "acme", "m-gone");
        marked("bob@acme.test", "acme-two", "m-1"); // a tenant whose slug starts with ours
        marked("carol@beta.test", "beta", "m-3");
        sim.createUser("dave@acme.test"); // no marker at all
        sim.faults().clear();
        served.clear();

        List<AuthentikUser> found = client.usersMarkedFor("acme");

        assertThat(found).extracting(AuthentikUser::username)
                .containsExactlyInAnyOrder("alice@acme.test", "ghost@elsewhere.test");
        assertThat(served).as("narrowed by the server").containsExactly(2);
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void usersOnADomainAreThoseWhoseUsernameIsAnAddressThere() {
        sim.createUser("bob@acme.test");
        sim.createUser("Carol@ACME.test");
        sim.createUser("eve@acme.test.evil.example"); // the search matches it; the domain does not
        sim.createUser("frank@other.test");
        marked("grace@acme.test", "beta", "m-7"); // someone else's marker: still a username at the domain
        served.clear();

        List<AuthentikUser> found = client.usersOnDomain("acme.test");

        assertThat(found).extracting(AuthentikUser::username)
                .containsExactlyInAnyOrder("bob@acme.test", "Carol@ACME.test", "grace@acme.test");
        assertThat(served).as("narrowed by the server").containsExactly(4);
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void usersInAGroupAreItsMembersOnly() {
        AuthentikGroupId acme = client.findOrCreateGroup("dezky-acme");
        AuthentikGroupId beta = client.findOrCreateGroup("dezky-beta");
        AuthentikUser alice = marked("alice@acme.test", "acme", "m-1");
        AuthentikUser bob = marked("bob@beta.test", "beta", "m-2");
        sim.createUser("intruder@else.test");
        AuthentikUser intruder = client.findUserByUsername("intruder@else.test").orElseThrow();
        client.addToGroup(acme, alice.id());
        client.addToGroup(acme, intruder.id());
        client.addToGroup(beta, bob.id());
        served.clear();

        List<AuthentikUser> found = client.usersInGroup("dezky-acme");

        assertThat(found).extracting(AuthentikUser::username)
                .containsExactlyInAnyOrder("alice@acme.test", "intruder@else.test");
        assertThat(served).as("narrowed by the server").containsExactly(2);
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void aGroupThatDoesNotExistHasNoUsersAndCostsNoListing() {
        marked("alice@acme.test", "acme", "m-1");
        sim.faults().clear();

        assertThat(client.usersInGroup("dezky-nobody")).isEmpty();
        assertThat(sim.faults().calls("GET /core/users/")).isZero();
    }

    @Test
    void filtersTheServerIgnoresStillYieldOnlyWhatWasAskedFor() {
        AuthentikGroupId group = client.findOrCreateGroup("dezky-acme");
        AuthentikUser alice = marked("alice@acme.test", "acme", "m-1");
        client.addToGroup(group, alice.id());
        marked("bob@beta.test", "beta", "m-2");
        sim.createUser("carol@other.test");
        // an older or misconfigured server that knows none of these filters answers with everyone (A6)
        AuthentikClient ignoring = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(),
                sim.token()), b -> b.networkInterceptor(chain -> {
                    HttpUrl url = chain.request().url().newBuilder().removeAllQueryParameters("attributes")
                            .removeAllQueryParameters("search").removeAllQueryParameters("groups_by_pk").build();
                    return chain.proceed(chain.request().newBuilder().url(url).build());
                }));

        assertThat(ignoring.usersMarkedFor("acme")).extracting(AuthentikUser::username).containsExactly("alice@acme.test");
        assertThat(ignoring.usersOnDomain("beta.test")).extracting(AuthentikUser::username).containsExactly("bob@beta.test");
        assertThat(ignoring.usersInGroup("dezky-acme")).extracting(AuthentikUser::username)
                .containsExactly("alice@acme.test");
    }

    @Test
    void oneUserIsReadByPkAndIsEmptyOnceDeleted() {
        AuthentikUser alice = marked("alice@acme.test", "acme", "m-1");
        marked("bob@acme.test", "acme", "m-2");
        sim.faults().clear();

        assertThat(client.findUser(alice.id())).hasValueSatisfying(u -> {
            assertThat(u.username()).isEqualTo("alice@acme.test");
            assertThat(u.ownership()).contains(new Ownership("acme", "m-1"));
        });
        assertThat(sim.faults().calls("GET /core/users/{id}/")).isEqualTo(1);
        assertThat(sim.faults().calls("GET /core/users/")).isZero();

        client.deleteUser(alice.id());

        assertThat(client.findUser(alice.id())).isEmpty();
        assertThat(contract.violations()).isEmpty();
    }

    private AuthentikUser marked(String username, String tenant, String member) {
        return client.createOrAdoptUser(new NewAuthentikUser(username, username, username, new Ownership(tenant, member)));
    }
}
