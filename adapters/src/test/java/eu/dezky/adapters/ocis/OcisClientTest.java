package eu.dezky.adapters.ocis;

import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.ocis.OcisUserState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The oCIS client against its simulator: create-or-adopt, enable/disable, delete, group membership. */
class OcisClientTest {

    private static final Ownership OURS = new Ownership("acme", "m-1");
    private static final NewOcisUser ALICE = new NewOcisUser("alice", "Alice A", "alice@acme.test", "S3cret!pass", OURS);

    private OcisSimulator sim;
    private OcisClient client;

    @BeforeEach
    void start() {
        sim = OcisSimulator.start();
        client = OcisClient.create(Targets.bearer("ocis", sim.baseUrl().toString(), sim.token()));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createdUserCarriesOurOwnershipMarkerAndPassword() {
        OcisUser user = client.createOrAdoptUser(ALICE);

        assertThat(user.ownership()).contains(OURS);
        assertThat(user.accountEnabled()).isTrue();
        assertThat(sim.users()).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("alice");
            assertThat(u.password()).isEqualTo("S3cret!pass");
        });
    }

    @Test
    void olderServersAnswering200OnCreateAreAccepted() {
        sim.createStatus(200);

        assertThat(client.createOrAdoptUser(ALICE).onPremisesSamAccountName()).isEqualTo("alice");
    }

    @Test
    void existingUserOfOursIsAdoptedWithoutAPost() {
        OcisUser first = client.createOrAdoptUser(ALICE);

        assertThat(client.createOrAdoptUser(ALICE).id()).isEqualTo(first.id());
        assertThat(sim.faults().calls("POST /v1.0/users")).isEqualTo(1);
    }

    @Test
    void nameAlreadyExistsOnCreateIsResolvedByAdoptingOurOwnUser() {
        client.createOrAdoptUser(ALICE);
        // The lookup misses once, as when an earlier attempt's create lands after our lookup.
        sim.faults().failNext("GET /v1.0/users/{user-id}", 1, 404);

        OcisUser adopted = client.createOrAdoptUser(ALICE);

        assertThat(adopted.ownership()).contains(OURS);
        assertThat(sim.users()).hasSize(1);
        assertThat(sim.faults().calls("POST /v1.0/users")).isEqualTo(2);
    }

    @Test
    void usernameOfSomeoneElseIsAConflict() {
        client.createOrAdoptUser(new NewOcisUser("alice", "Alice", null, null, new Ownership("other", "x")));

        assertThatThrownBy(() -> client.createOrAdoptUser(ALICE))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.CONFLICT));
    }

    @Test
    void nameAlreadyExistsForAStrangerIsAConflictAndTheCreateIsNotRetried() {
        client.createOrAdoptUser(new NewOcisUser("alice", "Alice", null, null, new Ownership("other", "x")));
        sim.faults().clear();
        sim.faults().failNext("GET /v1.0/users/{user-id}", 1, 404);

        assertThatThrownBy(() -> client.createOrAdoptUser(ALICE))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.CONFLICT));
        assertThat(sim.faults().calls("POST /v1.0/users")).isEqualTo(1);
    }

    @Test
    void invalidUsernameIsRejectedWithTheVendorReason() {
        assertThatThrownBy(() -> client.createOrAdoptUser(new NewOcisUser("1alice", "Alice", null, null, OURS)))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.REJECTED);
                    assertThat(e.reason()).contains("invalidRequest").contains("Invalid username");
                });
        assertThat(sim.faults().calls("POST /v1.0/users")).isEqualTo(1);
    }

    @Test
    void userIsFoundByIdAndByUsername() {
        OcisUser user = client.createOrAdoptUser(ALICE);

        assertThat(client.getUser(user.userId()).onPremisesSamAccountName()).isEqualTo("alice");
        assertThat(client.findUser("alice")).map(OcisUser::id).contains(user.id());
        assertThat(client.findUser("nobody")).isEmpty();
    }

    @Test
    void disableAndEnableToggleAccountEnabled() {
        OcisUser user = client.createOrAdoptUser(ALICE);

        client.disable(user.userId());
        assertThat(sim.users()).extracting(OcisUserState::enabled).containsExactly(false);
        client.enable(user.userId());
        assertThat(sim.users()).extracting(OcisUserState::enabled).containsExactly(true);
    }

    @Test
    void renamingChangesOnlyTheDisplayName() {
        OcisUser user = client.createOrAdoptUser(ALICE);

        client.rename(user.userId(), "Alice Renamed");

        assertThat(sim.users()).singleElement().satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("Alice Renamed");
            assertThat(u.username()).isEqualTo("alice");
            assertThat(u.mail()).isEqualTo("alice@acme.test");
        });
    }

    @Test
    void deletingAUserTwiceSucceeds() {
        OcisUser user = client.createOrAdoptUser(ALICE);

        client.deleteUser(user.userId());
        client.deleteUser(user.userId());

        assertThat(sim.users()).isEmpty();
    }

    @Test
    void membershipAddIsIdempotentAndRemovingANonMemberIsDone() {
        OcisUser user = client.createOrAdoptUser(ALICE);
        OcisGroupId group = client.findOrCreateGroup("acme-staff");
        assertThat(client.findOrCreateGroup("acme-staff")).isEqualTo(group);

        client.addToGroup(group, user.userId());
        client.addToGroup(group, user.userId());
        assertThat(sim.membersOf(group.value())).containsExactly(user.id());

        client.removeFromGroup(group, user.userId());
        client.removeFromGroup(group, user.userId());
        assertThat(sim.membersOf(group.value())).isEmpty();
    }

    @Test
    void removingFromAGroupThatDoesNotExistIsNotFound() {
        OcisUser user = client.createOrAdoptUser(ALICE);

        assertThatThrownBy(() -> client.removeFromGroup(new OcisGroupId("no-such-group"), user.userId()))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.NOT_FOUND));
    }

    @Test
    void missingCredentialsAreRejectedWithTheProxyChallenge() {
        OcisClient wrong = OcisClient.create(Targets.bearer("ocis", sim.baseUrl().toString(), "nope"));

        assertThatThrownBy(() -> wrong.findUser("alice"))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.REJECTED);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.reason()).contains("Bearer realm");
                });
    }
}
