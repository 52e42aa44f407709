package eu.dezky.sagas.reconcile;

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
import eu.dezky.sagas.SimulatedStalwart;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Stalwart side of a reconciliation against the mail server simulator. */
class StalwartComparisonTest {

    SimulatedStalwart sim;
    StalwartSimulator simulator;
    StalwartClient stalwart;

    @BeforeEach
    void start() {
        sim = SimulatedStalwart.withDefaults();
        simulator = sim.simulator;
        stalwart = sim.client;
    }

    @AfterEach
    void stop() {
        sim.close();
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
