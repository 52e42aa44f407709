package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.RetryPolicy;
import eu.dezky.platform.support.Onboarding;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a crash and a lost answer taught us, against the sandbox simulators: a step whose answers were lost is judged
 * by looking the object up, an undo finds what a failed try may have created by its address and our marker, and an
 * account that is not ours is never deleted. Same settings as {@link MemberRemovalApiTest}, so the context is shared.
 */
@SandboxComponentTest
class LostAnswersTest extends SandboxApiTest {

    /** Every call the engine makes is tried this often by the client before the saga hears of a failure. */
    private static final int CLIENT_TRIES = RetryPolicy.defaults().maxAttempts();

    @Autowired
    AuthentikClient authentik;

    @Test
    void aMailboxCreatedWhoseAnswersWereAllLostIsFoundByItsAddressAndRemovedWhenOnboardingFails() {
        String admin = onboarding.tenantWithDomain("orphan-co", "orphan.test");
        // Stalwart creates the account, then the answer of every look-up-and-create request is lost for all three
        // tries of the step: the step never learns the account's id, and gives up
        simulators.stalwart().faults().loseAnswerNext("x:Account/set", 3 * CLIENT_TRIES);

        JsonNode failed = onboarding.settled("orphan-co", onboarding.create("orphan-co", admin, "cara", "member"),
                Duration.ofSeconds(60));

        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asText()).contains("Stalwart could not be reached after 3 attempts");
        assertThat(Onboarding.step(failed, "MAILBOX").get("state").asText()).isEqualTo("COMPENSATED");
        simulators.assertNoAccounts("cara@orphan.test");
    }

    @Test
    void anSsoAccountThatIsNotOursIsLeftAloneWhenTheOnboardingItBlocksIsUndone() {
        String admin = onboarding.tenantWithDomain("foreign-co", "foreign.test");
        authentik.createOrAdoptUser(new NewAuthentikUser("dan@foreign.test", "Someone Else", "dan@foreign.test",
                new Ownership("elsewhere", "someone")));

        JsonNode failed = onboarding.settled("foreign-co", onboarding.create("foreign-co", admin, "dan", "member"),
                Duration.ofSeconds(30));

        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asText()).contains("that dezky did not create");
        assertThat(simulators.ssoUser("dan@foreign.test").name()).isEqualTo("Someone Else");
    }

    @Test
    void anOcisDeleteWhoseAnswersWereAllLostIsDoneWhenTheAccountIsFoundGone() {
        String admin = onboarding.tenantWithDomain("lost-co", "lost.test");
        String id = onboarding.activeMember("lost-co", admin, "eve").get("id").asText();
        // oCIS deletes the user on the first call and every answer is lost, also the 404s of the retries
        simulators.ocis().faults().loseAnswerNext("DELETE /v1.0/users/{user-id}", 3 * CLIENT_TRIES);

        onboarding.remove("lost-co", admin, id);
        JsonNode gone = onboarding.removed("lost-co", id);

        JsonNode files = Onboarding.step(gone, "FILES");
        assertThat(files.get("state").asText()).as(gone.toString()).isEqualTo("DONE");
        assertThat(files.get("detail").asText()).isEqualTo("already gone");
        assertThat(files.get("attempt").asInt()).isEqualTo(3);
        simulators.assertNoAccounts("eve@lost.test");
        assertThat(onboarding.create("lost-co", admin, "eve", "member").status()).as("the address is free again")
                .isIn(201, 202);
    }
}
