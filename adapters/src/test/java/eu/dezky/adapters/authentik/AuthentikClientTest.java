package eu.dezky.adapters.authentik;

import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.support.RecordingSleeper;
import eu.dezky.adapters.support.Targets;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.authentik.AuthentikUserState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Authentik client against its simulator: create-or-adopt, passwords, suspend, groups, deletes. */
class AuthentikClientTest {

    private static final Ownership OURS = new Ownership("acme", "m-1");

    private AuthentikSimulator sim;
    private AuthentikClient client;

    @BeforeEach
    void start() {
        sim = AuthentikSimulator.start();
        client = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                b -> b.sleeper(new RecordingSleeper()));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createdUserCarriesOurOwnershipMarker() {
        AuthentikUser user = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice A", "alice@acme.test", OURS));

        assertThat(user.ownership()).contains(OURS);
        assertThat(sim.users()).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("alice");
            assertThat(u.attributes()).containsEntry("dezky", Map.of("tenant", "acme", "member", "m-1"));
        });
    }

    @Test
    void secondCreateOfTheSameMemberAdoptsInsteadOfDuplicating() {
        AuthentikUser first = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));
        AuthentikUser again = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));

        assertThat(again.pk()).isEqualTo(first.pk());
        assertThat(sim.users()).hasSize(1);
        assertThat(sim.faults().calls("POST /core/users/")).isEqualTo(1);
    }

    @Test
    void usernameOwnedBySomeoneElseIsAConflictAndNothingIsCreated() {
        client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, new Ownership("other", "x")));

        assertThatThrownBy(() -> client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS)))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.CONFLICT));
        assertThat(sim.faults().calls("POST /core/users/")).isEqualTo(1);
    }

    @Test
    void createRacingAnotherAttemptAdoptsTheUserThatAttemptMade() {
        // Another worker (or our own earlier attempt) creates the user between our lookup and our POST.
        AuthentikClient other = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()));
        AtomicBoolean raced = new AtomicBoolean();
        AuthentikClient racing = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                b -> b.networkInterceptor(chain -> {
                    if (chain.request().method().equals("POST") && raced.compareAndSet(false, true)) {
                        other.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));
                    }
                    return chain.proceed(chain.request());
                }));

        AuthentikUser adopted = racing.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));

        assertThat(adopted.ownership()).contains(OURS);
        assertThat(sim.users()).hasSize(1);
        assertThat(sim.faults().calls("POST /core/users/")).isEqualTo(2);
    }

    @Test
    void findUserByUsernameIsExact() {
        client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));

        assertThat(client.findUserByUsername("alice")).isPresent();
        assertThat(client.findUserByUsername("Alice")).isEmpty();
        assertThat(client.findUserByUsername("ali")).isEmpty();
    }

    @Test
    void aLookupTheServerDidNotNarrowIsAnErrorNotTheFirstMatch() {
        // Authentik ignores unknown or misspelt filters and returns everyone (A6); simulate that on the wire.
        client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));
        client.createOrAdoptUser(new NewAuthentikUser("bob", "Bob", null, new Ownership("acme", "m-2")));
        AuthentikClient unfiltered = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), sim.token()),
                b -> b.networkInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .url(chain.request().url().newBuilder().removeAllQueryParameters("username").build()).build())));

        assertThatThrownBy(() -> unfiltered.findUserByUsername("alice"))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.CONFLICT));
    }

    @Test
    void passwordIsSetOnTheUser() {
        AuthentikUser user = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));

        client.setPassword(user.id(), "S3cret-pass");

        assertThat(sim.users()).extracting(AuthentikUserState::password).containsExactly("S3cret-pass");
    }

    @Test
    void emptyPasswordIsRefusedBeforeAnyCall() {
        AuthentikUser user = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));

        assertThatThrownBy(() -> client.setPassword(user.id(), "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(sim.faults().calls("POST /core/users/{id}/set_password/")).isZero();
    }

    @Test
    void failedPasswordSetIsRejectedWithoutBodyAndNotRetried() {
        AuthentikUser user = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));
        sim.faults().failNext("POST /core/users/{id}/set_password/", 1, 400);

        assertThatThrownBy(() -> client.setPassword(user.id(), "S3cret-pass"))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.REJECTED);
                    assertThat(e.status()).isEqualTo(400);
                });
        assertThat(sim.faults().calls("POST /core/users/{id}/set_password/")).isEqualTo(1);
    }

    @Test
    void renamingChangesOnlyTheDisplayName() {
        AuthentikUser user = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", "alice@acme.test", OURS));

        client.rename(user.id(), "Alice Renamed");

        assertThat(sim.users()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("Alice Renamed");
            assertThat(u.username()).isEqualTo("alice");
            assertThat(u.email()).isEqualTo("alice@acme.test");
            assertThat(u.attributes()).containsEntry("dezky", Map.of("tenant", "acme", "member", "m-1"));
        });
    }

    @Test
    void deactivatingDropsTheUsersSessionsAndActivatingAllowsLoginAgain() {
        AuthentikUser user = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));
        sim.login("alice");

        client.deactivate(user.id());
        assertThat(sim.users()).extracting(AuthentikUserState::active).containsExactly(false);
        assertThat(sim.sessionsOf(user.pk())).isEmpty();

        client.activate(user.id());
        assertThat(sim.users()).extracting(AuthentikUserState::active).containsExactly(true);
    }

    @Test
    void deletingAUserTwiceSucceedsBecauseGoneIsTheGoal() {
        AuthentikUser user = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));

        client.deleteUser(user.id());
        client.deleteUser(user.id());

        assertThat(sim.users()).isEmpty();
    }

    @Test
    void groupIsFoundOrCreatedOnceAndMembershipChangesAreIdempotent() {
        AuthentikUser user = client.createOrAdoptUser(new NewAuthentikUser("alice", "Alice", null, OURS));

        AuthentikGroupId group = client.findOrCreateGroup("acme-staff");
        assertThat(client.findOrCreateGroup("acme-staff")).isEqualTo(group);
        client.addToGroup(group, user.id());
        client.addToGroup(group, user.id());
        assertThat(sim.membersOf("acme-staff")).containsExactly(user.pk());

        client.removeFromGroup(group, user.id());
        client.removeFromGroup(group, user.id());
        assertThat(sim.membersOf("acme-staff")).isEmpty();
        assertThat(sim.faults().calls("POST /core/groups/")).isEqualTo(1);
    }

    @Test
    void aGroupIsDeletedByNameAndAGroupAlreadyGoneIsFine() {
        client.findOrCreateGroup("dezky-acme");
        assertThat(sim.hasGroup("dezky-acme")).isTrue();

        client.deleteGroup("dezky-acme");
        client.deleteGroup("dezky-acme");

        assertThat(sim.hasGroup("dezky-acme")).isFalse();
        assertThat(sim.faults().calls("DELETE /core/groups/{group_uuid}/")).isEqualTo(1);
    }

    @Test
    void addingAnUnknownUserToAGroupIsNotFound() {
        AuthentikGroupId group = client.findOrCreateGroup("acme-staff");

        assertThatThrownBy(() -> client.addToGroup(group, new AuthentikUserId(999)))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.NOT_FOUND));
    }

    @Test
    void badTokenIsRejectedWith403AndNotRetried() {
        AuthentikClient wrong = AuthentikClient.create(Targets.bearer("authentik", sim.baseUrl().toString(), "nope"));

        assertThatThrownBy(() -> wrong.findUserByUsername("alice"))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.REJECTED);
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.reason()).contains("Token invalid/expired");
                });
        assertThat(sim.faults().calls("GET /core/users/")).isEqualTo(1);
    }
}
