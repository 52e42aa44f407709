package eu.dezky.sagas.mail;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;
import eu.dezky.adapters.stalwart.NewAccount;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import eu.dezky.sandbox.stalwart.StalwartSimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link MailServer} against the in-process Stalwart simulator: every operation idempotent, gone counts as done. */
class MailServerSimulatorTest {

    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MailAddress SALES = new MailAddress("sales@example.org");
    static final MailAddress TEAM = new MailAddress("team@example.org");

    StalwartSimulator simulator;
    StalwartClient stalwart;
    MailServer server;
    String domainId;

    @BeforeEach
    void start() {
        simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults());
        String login = simulator.settings().adminLogin();
        String secret = simulator.settings().adminSecret();
        HttpTarget target = StalwartClient.target(simulator.baseUrl().toString(), () -> StalwartClient.basic(login, secret))
                .withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), 0))
                .withLimits(4, 60_000); // the client-side limit is tested on its own (RequestLimiterTest)
        stalwart = new StalwartClient(HttpExecutor.builder(target).sleeper(d -> { }).build());
        server = new MailServer(stalwart);
        domainId = stalwart.createOrAdoptDomain("example.org").id();
        stalwart.createOrAdoptAccount(new NewAccount("bob", domainId, "Bob", "Xy7!correct-horse-battery"));
    }

    @AfterEach
    void stop() {
        simulator.close();
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
