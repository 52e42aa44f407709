package eu.dezky.platform.member;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.Onboarding;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.axonframework.eventhandling.Segment;
import org.axonframework.modelling.saga.AssociationValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Onboardings of different members run side by side: while one member's onboarding is stuck in a call that hangs,
 * another's, whose saga lives in another segment of the onboarding processor, completes. On one saga thread the
 * second could not start before the first one's call had ended (the client then tries again and creates the user).
 */
@SandboxComponentTest
class IndependentMembersInParallelTest extends SandboxApiTest {

    @Value("${axon.eventhandling.processors.MemberOnboardingSagaProcessor.initial-segment-count}")
    int segments;

    @Test
    void anOnboardingStuckInAHangingCallDoesNotHoldUpAnotherMembersOnboarding() {
        String admin = onboarding.tenantWithDomain("para-co", "para.test");
        simulators.authentik().faults().hangNext("POST /core/users/", 1);
        String stuck = onboarding.create("para-co", admin, "ann", "member").body().get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                simulators.authentik().faults().calls("POST /core/users/") == 1);

        // another member whose saga is in another segment than ann's (member ids are random: draw until one is)
        String other = null;
        for (int i = 0; i < 10 && other == null; i++) {
            Api.Response created = onboarding.create("para-co", admin, "bob" + i, "member");
            String id = created.body().get("id").asText();
            if (segmentOf(id) != segmentOf(stuck)) {
                other = id;
            }
        }
        assertThat(other).as("a member in another segment").isNotNull();

        assertThat(onboarding.settled("para-co", other).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(simulators.authentik().users()).as("ann's create is still hanging, unanswered and not done")
                .noneMatch(u -> u.username().equals("ann@para.test"));
        JsonNode waiting = api.get("/api/tenants/para-co/members/" + stuck, admin).body();
        assertThat(waiting.get("status").asText()).isEqualTo("PROVISIONING");
        assertThat(Onboarding.step(waiting, "SSO").get("state").asText())
                .as("ann's saga is still inside the hanging call").isEqualTo("PENDING");

        simulators.clearFaults(); // the hanging call returns: ann's onboarding goes on
        assertThat(onboarding.settled("para-co", stuck).get("status").asText()).isEqualTo("ACTIVE");
    }

    /** The segment Axon starts a member's onboarding saga in: the one matching its first association. */
    private int segmentOf(String memberId) {
        AssociationValue association = new AssociationValue("memberId", memberId);
        return Arrays.stream(Segment.splitBalanced(Segment.ROOT_SEGMENT, segments - 1).toArray(Segment[]::new))
                .filter(segment -> segment.matches(association)).findFirst().orElseThrow().getSegmentId();
    }
}
