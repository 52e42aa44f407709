package eu.dezky.platform.member;

import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an engine that stopped mid-way leaves behind cleans itself up: an address claimed for a member that was
 * never created is released after the confirmation window, while a created member's address stays claimed; vault
 * entries past their lifetime are deleted on a schedule, live ones are kept.
 */
@SandboxComponentTest
@TestPropertySource(properties = {"DEZKY_MEMBER_CLAIM_CONFIRM_WITHIN=3s", "DEZKY_VAULT_SWEEP_INTERVAL=1s"})
class LeftoversCleanUpTest extends SandboxApiTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAddressClaimedForAMemberThatWasNeverCreatedFreesItself() {
        String admin = onboarding.tenantWithDomain("crash-co", "crash.test");
        // what MemberController.create does before the engine "dies": the claim, and no CreateMemberCommand
        commands.sendAndWait(new ClaimMailAddressCommand(new MailAddress("zoe@crash.test"), new TenantId("crash-co"),
                MemberId.random().value(), true));
        assertThat(onboarding.create("crash-co", admin, "zoe", "member").status()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                onboarding.create("crash-co", admin, "zoe", "member").status() != 409);
        assertThat(api.get("/api/tenants/crash-co/members", admin).body().get("members")).hasSize(1);
    }

    @Test
    void aCreatedMembersAddressStaysClaimedPastTheWindow() throws InterruptedException {
        String admin = onboarding.tenantWithDomain("kept-co", "kept.test");
        onboarding.active("kept-co", onboarding.create("kept-co", admin, "yan", "member"));

        Thread.sleep(Duration.ofSeconds(5).toMillis()); // longer than the 3 s window plus a scheduler poll
        assertThat(onboarding.create("kept-co", admin, "yan", "member").status()).isEqualTo(409);
    }

    @Test
    void expiredVaultEntriesAreSweptOnASchedule() {
        Instant now = Instant.now();
        jdbc.update("INSERT INTO secret_vault (ref, nonce, ciphertext, expires_at) VALUES (?, ?, ?, ?)",
                "expired-ref", new byte[12], new byte[32], Timestamp.from(now.minusSeconds(1)));
        jdbc.update("INSERT INTO secret_vault (ref, nonce, ciphertext, expires_at) VALUES (?, ?, ?, ?)",
                "live-ref", new byte[12], new byte[32], Timestamp.from(now.plus(Duration.ofHours(1))));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM secret_vault WHERE ref = 'expired-ref'", Integer.class) == 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_vault WHERE ref = 'live-ref'", Integer.class))
                .isEqualTo(1);
        jdbc.update("DELETE FROM secret_vault WHERE ref = 'live-ref'");
    }
}
