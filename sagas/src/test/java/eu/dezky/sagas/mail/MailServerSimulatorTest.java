package eu.dezky.sagas.mail;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.NewAccount;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.sagas.SimulatedStalwart;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link MailServer} against the in-process Stalwart simulator: every operation idempotent, gone counts as done. */
class MailServerSimulatorTest {

    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MailAddress SALES = new MailAddress("sales@example.org");
    static final MailAddress TEAM = new MailAddress("team@example.org");

    SimulatedStalwart sim;
    StalwartSimulator simulator;
    StalwartClient stalwart;
    MailServer server;
    String domainId;

    @BeforeEach
    void start() {
        sim = SimulatedStalwart.withDefaults();
        simulator = sim.simulator;
        stalwart = sim.client;
        server = new MailServer(stalwart);
        domainId = stalwart.createOrAdoptDomain("example.org").id();
        stalwart.createOrAdoptAccount(new NewAccount("bob", domainId, "Bob", "Xy7!correct-horse-battery"));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void addingAnAliasTwiceLeavesOneAndRemovingItTwiceIsFine() {
        server.addAlias(SALES, BOB);
        server.addAlias(SALES, BOB);
        assertThat(aliasesOfBob()).containsExactly("sales");

        server.removeAlias(SALES, BOB);
        server.removeAlias(SALES, BOB);
        assertThat(aliasesOfBob()).isEmpty();
    }

    @Test
    void anAliasForAMailboxThatIsNotThereIsRetriedAndRemovingOneIsDone() {
        MailAddress nobody = new MailAddress("nobody@example.org");
        assertThatThrownBy(() -> server.addAlias(SALES, nobody)).isInstanceOfSatisfying(AdapterException.class,
                e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.NOT_FOUND));
        server.removeAlias(SALES, nobody);
        server.removeAlias(new MailAddress("x@unknown.example"), BOB);
    }

    @Test
    void whatCountsAsDoneIsReadFromTheMailServer() {
        assertThat(server.hasAlias(SALES, BOB)).isFalse();
        server.addAlias(SALES, BOB);
        assertThat(server.hasAlias(SALES, BOB)).isTrue();
        assertThat(server.hasAlias(SALES, new MailAddress("nobody@example.org"))).isFalse();

        assertThat(server.hasList(TEAM, null)).isFalse();
        server.putList(TEAM, "Team", List.of("a@example.org", "b@other.com"));
        assertThat(server.hasList(TEAM, null)).isTrue();
        assertThat(server.hasList(TEAM, List.of("b@other.com", "a@example.org"))).isTrue();
        assertThat(server.hasList(TEAM, List.of("a@example.org"))).isFalse();
    }

    @Test
    void putListCreatesThenReplacesRecipientsAndName() {
        server.putList(TEAM, "Team", List.of("a@example.org", "b@other.com"));
        server.putList(TEAM, "Whole team", List.of("b@other.com", "c@other.com"));

        JsonNode list = onlyList();
        List<String> recipients = new ArrayList<>();
        list.path("recipients").fieldNames().forEachRemaining(recipients::add);
        assertThat(recipients).containsExactlyInAnyOrder("b@other.com", "c@other.com");
        assertThat(list.path("description").asText()).isEqualTo("Whole team");
    }

    @Test
    void removingAListTwiceIsFine() {
        server.putList(TEAM, "Team", List.of("a@example.org"));
        server.removeList(TEAM);
        server.removeList(TEAM);
        assertThat(simulator.inspect().mailingLists()).isEmpty();
    }

    private List<String> aliasesOfBob() {
        List<String> names = new ArrayList<>();
        simulator.inspect().accountWithEmail("bob@example.org").orElseThrow().path("aliases")
                .forEach(a -> names.add(a.path("name").asText()));
        return names;
    }

    private JsonNode onlyList() {
        assertThat(simulator.inspect().mailingLists()).hasSize(1);
        return simulator.inspect().mailingLists().get(0);
    }
}
