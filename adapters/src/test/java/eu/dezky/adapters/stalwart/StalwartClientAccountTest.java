package eu.dezky.adapters.stalwart;

import eu.dezky.adapters.http.AdapterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StalwartClientAccountTest {

    // DKIM generation is irrelevant here; a long delay keeps RSA key generation off the shared CPUs
    private final SimulatorFixture fixture = new SimulatorFixture(Duration.ofHours(1));
    private final StalwartClient client = fixture.client;
    private final String domainId = client.createOrAdoptDomain("example.com").id();

    @AfterEach
    void checkContractAndStop() {
        try {
            fixture.assertTrafficMatchesSchema();
        } finally {
            fixture.close();
        }
    }

    private StalwartAccount alice() {
        return client.createOrAdoptAccount(new NewAccount("Alice", domainId, "Alice Doe", "correct-horse-1"));
    }

    @Test
    void accountIsCreatedOnceAndAdoptedAfterwards() {
        int requests = fixture.simulator.exchanges().size();
        StalwartAccount created = alice();
        assertThat(fixture.simulator.exchanges().size() - requests)
                .as("a new account: its look-up and its create in one request").isEqualTo(1);
        assertThat(created.hasPassword()).isTrue();
        assertThat(client.getAccount(created.id()).emailAddress()).isEqualTo("alice@example.com");

        StalwartAccount adopted = client.createOrAdoptAccount(
                new NewAccount("Alice", domainId, "Alice Doe", "correct-horse-2"));
        assertThat(adopted.id()).isEqualTo(created.id());
        assertThat(adopted.emailAddress()).isEqualTo("alice@example.com");
        assertThat(fixture.simulator.inspect().accounts()).as("one account, never a second")
                .filteredOn(a -> a.path("emailAddress").asText().equals("alice@example.com")).hasSize(1);
        assertThat(fixture.simulator.inspect().passwordMatches(created.id(), "correct-horse-2"))
                .as("the adopted account gets the password").isTrue();
    }

    @Test
    void addressTakenByAListIsAConflictAndIsNeverRetried() {
        client.createOrAdoptMailingList("team", domainId, Set.of(), null);
        assertThatThrownBy(() -> client.createOrAdoptAccount(new NewAccount("team", domainId, null, null)))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.CONFLICT);
                    assertThat(StalwartError.of(e).orElseThrow().properties()).containsExactly("email");
                });
        assertThat(fixture.simulator.callCount("x:Account/set")).isEqualTo(1);
        assertThat(fixture.sleeps).isEmpty();
    }

    @Test
    void freezeBlocksLoginAndUnfreezeRestoresItWithTheSamePassword() {
        StalwartAccount account = alice();
        AccountPermissions previous = client.freezeAccount(account.id());
        assertThat(previous).isEqualTo(AccountPermissions.INHERIT);
        assertThat(fixture.simulator.inspect().canLogIn(account.id(), "correct-horse-1")).isFalse();
        assertThat(fixture.simulator.inspect().passwordMatches(account.id(), "correct-horse-1")).isTrue();
        assertThat(client.freezeAccount(account.id())).as("a repeated freeze").isEqualTo(AccountPermissions.INHERIT);

        client.unfreezeAccount(account.id(), previous);
        assertThat(client.getAccount(account.id()).permissions()).isEqualTo(AccountPermissions.INHERIT);
        assertThat(fixture.simulator.inspect().canLogIn(account.id(), "correct-horse-1")).isTrue();
    }

    @Test
    void passwordIsReplacedInPlace() {
        StalwartAccount account = alice();
        client.setPassword(account.id(), "a-new-long-passphrase");
        assertThat(fixture.simulator.inspect().passwordMatches(account.id(), "a-new-long-passphrase")).isTrue();
        assertThatThrownBy(() -> client.setPassword(account.id(), "short"))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.REJECTED);
                    assertThat(e.getMessage()).contains("at least 8 characters");
                });
    }

    @Test
    void aliasesAreAddedAndRemovedIdempotently() {
        StalwartAccount account = alice();
        client.addAlias(account.id(), "al", domainId);
        client.addAlias(account.id(), "al", domainId);
        assertThat(client.getAccount(account.id()).aliases()).containsExactly(new EmailAlias("al", domainId, true));

        StalwartAccount bob = client.createOrAdoptAccount(new NewAccount("bob", domainId, null, null));
        assertThatThrownBy(() -> client.addAlias(bob.id(), "al", domainId))
                .isInstanceOfSatisfying(AdapterException.class,
                        e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.CONFLICT));

        client.removeAlias(account.id(), "al", domainId);
        client.removeAlias(account.id(), "al", domainId);
        assertThat(client.getAccount(account.id()).aliases()).isEmpty();
    }

    @Test
    void mailingListIsCreatedChangedAndDestroyed() {
        MailingList list = client.createOrAdoptMailingList("Team", domainId, Set.of("Alice@Example.com"), "The team");
        assertThat(list.emailAddress()).isEqualTo("team@example.com");
        client.changeRecipients(list.id(), Set.of("bob@example.org"), Set.of("alice@example.com"));
        assertThat(client.getMailingList(list.id()).recipients()).containsExactly("bob@example.org");
        assertThat(client.createOrAdoptMailingList("team", domainId, Set.of(), null).id()).isEqualTo(list.id());

        client.destroyMailingList(list.id());
        assertThat(client.findMailingList("team", domainId)).isEmpty();
    }

    @Test
    void destroyingAMissingAccountIsNotFound() {
        assertThatThrownBy(() -> client.destroyAccount("zzz"))
                .isInstanceOfSatisfying(AdapterException.class,
                        e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.NOT_FOUND));
    }
}
