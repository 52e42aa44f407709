package eu.dezky.sagas.member;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.authentik.SsoSubjectMode;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.adapters.http.RetryPolicy;
import eu.dezky.adapters.ocis.NewOcisUser;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the member sagas look up by natural key, against the Authentik and oCIS simulators: an object at the member's
 * address is theirs only with their ownership marker; a removal and a suspension are judged by what is there now.
 */
class MemberAccountsSimulatorTest {

    static final MailAddress BOB = new MailAddress("bob@example.org");
    static final MemberAccounts.Member MEMBER = new MemberAccounts.Member("acme", "m-1", "Bob", BOB);
    static final String PASSWORD = "Xy7!correct-horse-battery";
    static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), 0);

    private final AuthentikSimulator authentikSim = AuthentikSimulator.start();
    private final OcisSimulator ocisSim = OcisSimulator.start();
    private final AuthentikClient authentik = AuthentikClient.create(HttpTarget.of("authentik",
            authentikSim.baseUrl().toString(), () -> "Bearer " + authentikSim.adminCredentials().get("token"))
            .withRetry(ONCE));
    private final OcisClient ocis = OcisClient.create(HttpTarget.of("ocis", ocisSim.baseUrl().toString(),
            () -> "Basic " + Base64.getEncoder().encodeToString((ocisSim.adminCredentials().get("user") + ":"
                    + ocisSim.adminCredentials().get("password")).getBytes())).withRetry(ONCE));
    private final MemberAccounts accounts = new MemberAccounts(authentik, null, ocis,
            SsoSubjectMode.HASHED_USER_ID);

    @AfterEach
    void stop() {
        authentikSim.close();
        ocisSim.close();
    }

    @Test
    void theMembersOwnObjectsAreFoundByAddressAndMarker() {
        String sso = accounts.provision(MemberSystem.SSO, MEMBER, PASSWORD).id();
        String files = accounts.provision(MemberSystem.FILES, MEMBER, PASSWORD).id();

        assertThat(accounts.findOwned(MemberSystem.SSO, MEMBER)).contains(sso);
        assertThat(accounts.findOwned(MemberSystem.FILES, MEMBER)).contains(files);
        assertThat(accounts.findOwned(MemberSystem.SSO, new MemberAccounts.Member("acme", "m-2", "Bob", BOB)))
                .as("the same address, another member").isEmpty();
    }

    @Test
    void anObjectAtTheAddressWithoutOurMarkerIsNotTheMembers() {
        authentik.createOrAdoptUser(new NewAuthentikUser(BOB.value(), "Someone", BOB.value(),
                new Ownership("elsewhere", "someone")));
        ocis.createOrAdoptUser(new NewOcisUser(BOB.value(), "Someone", BOB.value(), PASSWORD,
                new Ownership("elsewhere", "someone")));

        assertThat(accounts.findOwned(MemberSystem.SSO, MEMBER)).isEmpty();
        assertThat(accounts.findOwned(MemberSystem.FILES, MEMBER)).isEmpty();
    }

    @Test
    void aRenameShowsTheNewNameInSsoAndFilesAndKeepsTheUsername() {
        String sso = accounts.provision(MemberSystem.SSO, MEMBER, PASSWORD).id();
        String files = accounts.provision(MemberSystem.FILES, MEMBER, PASSWORD).id();

        accounts.rename(MemberSystem.SSO, sso, "Robert");
        accounts.rename(MemberSystem.FILES, files, "Robert");

        assertThat(authentikSim.users()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("Robert");
            assertThat(u.username()).isEqualTo(BOB.value());
        });
        assertThat(ocisSim.users()).singleElement().satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("Robert");
            assertThat(u.username()).isEqualTo(BOB.value());
        });
        assertThat(accounts.findOwned(MemberSystem.SSO, MEMBER)).as("still ours").contains(sso);
    }

    @Test
    void aRemovalAndASuspensionAreJudgedByWhatIsThereNow() {
        String sso = accounts.provision(MemberSystem.SSO, MEMBER, PASSWORD).id();
        String files = accounts.provision(MemberSystem.FILES, MEMBER, PASSWORD).id();

        accounts.suspend(MemberSystem.SSO, sso);
        assertThat(accounts.state(MemberSystem.SSO, BOB, sso)).isEqualTo(AccountState.SUSPENDED);
        assertThat(accounts.state(MemberSystem.FILES, BOB, files)).isEqualTo(AccountState.ACTIVE);

        assertThat(accounts.present(MemberSystem.FILES, BOB, files)).isTrue();
        accounts.remove(MemberSystem.FILES, files);
        assertThat(accounts.present(MemberSystem.FILES, BOB, files)).isFalse();
        assertThat(accounts.state(MemberSystem.FILES, BOB, files)).isEqualTo(AccountState.NONE);
    }
}
