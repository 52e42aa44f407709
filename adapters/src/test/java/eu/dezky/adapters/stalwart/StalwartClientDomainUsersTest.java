package eu.dezky.adapters.stalwart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The reads the domain-removal guard relies on: who still uses a domain, found before anything is destroyed. */
class StalwartClientDomainUsersTest {

    private final SimulatorFixture fixture = new SimulatorFixture(Duration.ofMillis(100));
    private final StalwartClient client = fixture.client;

    @AfterEach
    void checkContractAndStop() {
        try {
            fixture.assertTrafficMatchesSchema();
        } finally {
            fixture.close();
        }
    }

    @Test
    void accountsAliasesAndListsOnADomainAreFoundAndOthersAreNot() {
        String example = client.createOrAdoptDomain("example.org").id();
        String other = client.createOrAdoptDomain("other.org").id();
        StalwartAccount alice = client.createOrAdoptAccount(new NewAccount("alice", example, null, null));
        StalwartAccount bob = client.createOrAdoptAccount(new NewAccount("bob", other, null, null));
        client.createOrAdoptAccount(new NewAccount("carol", other, null, null));
        client.addAlias(bob.id(), "sales", example);
        MailingList team = client.createOrAdoptMailingList("team", example, Set.of("bob@other.org"), null);
        client.createOrAdoptMailingList("news", other, Set.of("bob@other.org"), null);

        assertThat(client.listAccounts(example)).extracting(StalwartAccount::id).containsExactly(alice.id());
        assertThat(client.listAccountsWithAliasesOn(example)).extracting(StalwartAccount::id).containsExactly(bob.id());
        assertThat(client.listMailingListsUsing(example)).extracting(MailingList::id).containsExactly(team.id());
    }

    @Test
    void anUnusedDomainHasNoUsers() {
        String unused = client.createOrAdoptDomain("unused.example").id();
        client.createOrAdoptAccount(new NewAccount("dave", client.createOrAdoptDomain("busy.example").id(), null, null));

        assertThat(client.listAccounts(unused)).isEmpty();
        assertThat(client.listAccountsWithAliasesOn(unused)).isEmpty();
        assertThat(client.listMailingListsUsing(unused)).isEmpty();
    }
}
