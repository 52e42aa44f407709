package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;
import eu.dezky.adapters.stalwart.NewAccount;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.SystemAccount;
import eu.dezky.api.reconcile.Difference;
import eu.dezky.api.reconcile.Situation;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import eu.dezky.sandbox.stalwart.StalwartSimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Stalwart side of a reconciliation against the mail server simulator. */
class StalwartComparisonTest {

    StalwartSimulator simulator;
    StalwartClient stalwart;

    @BeforeEach
    void start() {
        simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults());
        String login = simulator.settings().adminLogin();
        String secret = simulator.settings().adminSecret();
        HttpTarget target = StalwartClient.target(simulator.baseUrl().toString(), () -> StalwartClient.basic(login, secret))
                .withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), 0))
                .withLimits(4, 60_000); // the client-side limit is tested on its own (RequestLimiterTest)
        stalwart = new StalwartClient(HttpExecutor.builder(target).sleeper(d -> { }).build());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    /** Found by trying the engine: a reconcile right after onboarding, while the domain's set-up still ran. */
    @Test
    void aMailboxOnADomainWhoseSetUpStillRunsIsNotMissing() {
        String domainId = stalwart.createOrAdoptDomain("early.test").id();
        stalwart.createOrAdoptAccount(new NewAccount("bob", domainId, "Bob", "Xy7!correct-horse-battery"));
        // the domain is still PROVISIONING in the engine: not among the domains expected in Stalwart
        Expected expected = new Expected("early-co", List.of(), List.of(member("bob@early.test"), member("eve@early.test")),
                List.of(), List.of());

        List<Difference> differences = new StalwartComparison(stalwart).compare(expected);

        assertThat(differences).filteredOn(d -> d.situation() == Situation.MISSING)
                .extracting(Difference::object).containsExactly("eve@early.test");
    }

    private static MemberView member(String mailbox) {
        return new MemberView(mailbox, "early-co", "Someone", mailbox.substring(0, mailbox.indexOf('@')),
                MemberRole.MEMBER, mailbox, MemberStatus.ACTIVE, null, List.of(), Instant.now(),
                List.of(new SystemAccount(MemberSystem.MAILBOX, AccountState.ACTIVE)), null, null);
    }
}
