package eu.dezky.platform.mail;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail aliases over HTTP against the Stalwart simulator: provisioned on the member's account, refused on foreign
 * domains and taken addresses, undone when the mail server fails, removed with their member, and blocking the removal
 * of their domain. Stalwart steps get three attempts of the saga.
 */
@SandboxComponentTest
class MailAliasApiTest extends SandboxApiTest {

    @Autowired
    EventGateway events;
    MailServer mailServer;

    @BeforeEach
    void setUp() {
        mailServer = new MailServer(simulators);
    }

    @Test
    void anAliasIsAddedToTheMembersAccountInTheMailServer() {
        String admin = onboarding.tenantWithDomain("alias-co", "alias.test");
        JsonNode bob = onboarding.activeMember("alias-co", admin, "bob");

        Api.Response created = alias("alias-co", admin, "Sales@Alias.test", bob);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/tenants/alias-co/mail/aliases/sales@alias.test");
        assertThat(created.body().get("address").asText()).isEqualTo("sales@alias.test");
        assertThat(created.body().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.body().get("mailbox").asText()).isEqualTo("bob@alias.test");
        assertThat(created.body().at("/step/state").asText()).isEqualTo("DONE");
        assertThat(mailServer.hasAlias("bob@alias.test", "sales", "alias.test")).isTrue();
        JsonNode listed = api.get("/api/tenants/alias-co/mail/aliases", admin).body().get("aliases");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("memberId").asText()).isEqualTo(bob.get("id").asText());
    }

    @Test
    void aSlowMailServerAnswers202WithTheOperationToPoll() {
        String admin = onboarding.tenantWithDomain("slow-alias-co", "slow-alias.test");
        JsonNode dan = onboarding.activeMember("slow-alias-co", admin, "dan");
        // well past the route's 5 s wait, even on a loaded machine
        simulators.stalwart().faults().latency("x:Account/set", java.time.Duration.ofSeconds(12));

        Api.Response accepted = alias("slow-alias-co", admin, "orders@slow-alias.test", dan);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String operation = accepted.header("Location");
        assertThat(operation).startsWith("/api/tenants/slow-alias-co/operations/");
        JsonNode running = api.get(operation, admin).body();
        assertThat(running.get("kind").asText()).as(running.toString()).isEqualTo("mail-alias-create");
        assertThat(running.at("/target/type").asText()).isEqualTo("mail-alias");
        assertThat(running.at("/target/id").asText()).isEqualTo("orders@slow-alias.test");
        assertThat(running.get("status").asText()).isEqualTo("RUNNING");
        simulators.stalwart().faults().clear();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                api.get(operation, admin).body().path("status").asText().equals("DONE"));
        assertThat(api.get(operation, onboarding.tenant("stranger-co")).status())
                .as("another tenant's admin cannot read it").isEqualTo(403);
    }

    @Test
    void anAliasOnAnotherTenantsDomainIsRefusedWithoutSayingWhoOwnsIt() {
        onboarding.tenantWithDomain("owner-co", "owned.test");
        String admin = onboarding.tenantWithDomain("other-co", "other.test");
        JsonNode carol = onboarding.activeMember("other-co", admin, "carol");

        Api.Response refused = alias("other-co", admin, "info@owned.test", carol);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("address");
        assertThat(refused.body().get("detail").asText()).contains("owned.test").doesNotContain("owner-co");
        assertThat(alias("other-co", admin, "info@unknown.test", carol).body().get("detail").asText())
                .isEqualTo(refused.body().get("detail").asText().replace("owned.test", "unknown.test"));
    }

    @Test
    void anAddressInUseAsAMailboxIsAConflict() {
        String admin = onboarding.tenantWithDomain("taken-alias-co", "takenalias.test");
        JsonNode dave = onboarding.activeMember("taken-alias-co", admin, "dave");
        onboarding.activeMember("taken-alias-co", admin, "erin");

        Api.Response refused = alias("taken-alias-co", admin, "erin@takenalias.test", dave);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("erin@takenalias.test").contains("already in use");
        assertThat(mailServer.hasAlias("dave@takenalias.test", "erin", "takenalias.test")).isFalse();
    }

    @Test
    void ofTwoConcurrentAliasesForOneAddressExactlyOneWins() throws Exception {
        String admin = onboarding.tenantWithDomain("race-alias-co", "racealias.test");
        JsonNode fay = onboarding.activeMember("race-alias-co", admin, "fay");
        JsonNode gus = onboarding.activeMember("race-alias-co", admin, "gus");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Api.Response>> both = pool.invokeAll(List.of(
                    () -> alias("race-alias-co", admin, "desk@racealias.test", fay),
                    () -> alias("race-alias-co", admin, "desk@racealias.test", gus)));
            for (Future<Api.Response> response : both) {
                statuses.add(response.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(409).anyMatch(s -> s == 201 || s == 202);
        boolean onFay = mailServer.hasAlias("fay@racealias.test", "desk", "racealias.test");
        boolean onGus = mailServer.hasAlias("gus@racealias.test", "desk", "racealias.test");
        assertThat(onFay ^ onGus).as("exactly one account has the alias").isTrue();
    }

    @Test
    void aMailServerFailureIsUndoneLeavesNothingBehindAndFreesTheAddress() {
        String admin = onboarding.tenantWithDomain("fail-alias-co", "failalias.test");
        JsonNode hal = onboarding.activeMember("fail-alias-co", admin, "hal");
        simulators.stalwart().faults().failNext("x:Account/set", 10, 400);

        Api.Response created = alias("fail-alias-co", admin, "help@failalias.test", hal);
        JsonNode failed = onboarding.settledAt("/api/tenants/fail-alias-co/mail/aliases/help@failalias.test", admin,
                "PROVISIONING");

        assertThat(created.status()).as("a failure is never a 201: " + created).isIn(422, 202);
        if (created.status() == 422) {
            assertThat(created.body().get("code").asText()).isEqualTo("provisioning-failed");
            assertThat(created.header("Location")).isEqualTo("/api/tenants/fail-alias-co/mail/aliases/help@failalias.test");
            assertThat(created.body().get("detail").asText()).contains("Stalwart");
        }
        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asText()).contains("Stalwart").contains("add the alias again");
        assertThat(failed.at("/step/state").asText()).isEqualTo("COMPENSATED");
        simulators.stalwart().faults().clear();
        assertThat(mailServer.hasAlias("hal@failalias.test", "help", "failalias.test")).isFalse();
        // the claim was released: the address can be used again
        Api.Response again = alias("fail-alias-co", admin, "help@failalias.test", hal);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(mailServer.hasAlias("hal@failalias.test", "help", "failalias.test")).isTrue();
    }

    @Test
    void deletingAnAliasTakesItOffTheAccountAndFreesTheAddress() {
        String admin = onboarding.tenantWithDomain("del-alias-co", "delalias.test");
        JsonNode ivy = onboarding.activeMember("del-alias-co", admin, "ivy");
        assertThat(alias("del-alias-co", admin, "office@delalias.test", ivy).status()).isEqualTo(201);

        Api.Response deleted = api.send("DELETE", "/api/tenants/del-alias-co/mail/aliases/office@delalias.test",
                admin, null, Map.of());

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(mailServer.hasAlias("ivy@delalias.test", "office", "delalias.test")).isFalse();
        assertThat(api.get("/api/tenants/del-alias-co/mail/aliases/office@delalias.test", admin).body()
                .get("status").asText()).isEqualTo("REMOVED");
        assertThat(api.send("DELETE", "/api/tenants/del-alias-co/mail/aliases/office@delalias.test", admin, null,
                Map.of()).status()).isEqualTo(404);
        Api.Response list = api.post("/api/tenants/del-alias-co/mail/lists", admin, Map.of("address",
                "office@delalias.test", "name", "Office", "recipients", List.of("ivy@delalias.test")));
        assertThat(list.status()).as("the address is free for a list now: " + list).isEqualTo(201);
    }

    @Test
    void removingTheMemberWhoseMailboxIsKeptTakesTheirAliasesOffTheAccount() {
        String admin = onboarding.tenantWithDomain("leave-co", "leave.test");
        JsonNode jan = onboarding.activeMember("leave-co", admin, "jan");
        assertThat(alias("leave-co", admin, "boss@leave.test", jan).status()).isEqualTo(201);

        events.publish(new MemberRemovedEvent(new MemberId(jan.get("id").asText()), new TenantId("leave-co"),
                new MailAddress("jan@leave.test"), true, null));

        JsonNode removed = onboarding.settledAt("/api/tenants/leave-co/mail/aliases/boss@leave.test", admin,
                "ACTIVE", "REMOVING");
        assertThat(removed.get("status").asText()).as(removed.toString()).isEqualTo("REMOVED");
        assertThat(removed.get("reason").asText()).startsWith("removed with member jan@leave.test");
        assertThat(mailServer.hasAlias("jan@leave.test", "boss", "leave.test")).isFalse();
        JsonNode kim = onboarding.activeMember("leave-co", admin, "kim");
        assertThat(alias("leave-co", admin, "boss@leave.test", kim).status()).as("address released").isEqualTo(201);
    }

    @Test
    void aDomainWithAnAliasOnItCannotBeRemoved() {
        String admin = onboarding.tenantWithDomain("block-co", "block.test");
        onboarding.addDomain("block-co", admin, "second-block.test");
        JsonNode lea = onboarding.activeMember("block-co", admin, "lea");
        assertThat(alias("block-co", admin, "lea@second-block.test", lea).status()).isEqualTo(201);
        assertThat(mailServer.hasAlias("lea@block.test", "lea", "second-block.test")).isTrue();

        Api.Response refused = api.send("DELETE", "/api/tenants/block-co/domains/second-block.test", admin, null,
                Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("blockers").toString()).contains("alias lea@second-block.test");
        assertThat(api.get("/api/tenants/block-co/domains/second-block.test", admin).body().get("status").asText())
                .isNotIn("REMOVING", "REMOVED");

        assertThat(api.send("DELETE", "/api/tenants/block-co/mail/aliases/lea@second-block.test", admin, null,
                Map.of()).status()).isEqualTo(204);
        Api.Response removed = api.send("DELETE", "/api/tenants/block-co/domains/second-block.test", admin, null,
                Map.of());
        assertThat(removed.status()).as("nothing of ours uses the domain any more: " + removed).isIn(202, 204);
    }

    @Test
    void invalidFieldsAreNamed() {
        String admin = onboarding.tenantWithDomain("form-alias-co", "formalias.test");
        JsonNode max = onboarding.activeMember("form-alias-co", admin, "max");
        Api.Response badAddress = api.post("/api/tenants/form-alias-co/mail/aliases", admin,
                Map.of("address", "no at sign", "memberId", max.get("id").asText()));
        Api.Response badMember = api.post("/api/tenants/form-alias-co/mail/aliases", admin,
                Map.of("address", "x@formalias.test", "memberId", "00000000-0000-0000-0000-000000000000"));

        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.body().get("field").asText()).isEqualTo("address");
        assertThat(badMember.status()).isEqualTo(400);
        assertThat(badMember.body().get("field").asText()).isEqualTo("memberId");
    }

    private Api.Response alias(String slug, String admin, String address, JsonNode member) {
        return api.post("/api/tenants/" + slug + "/mail/aliases", admin,
                Map.of("address", address, "memberId", member.get("id").asText()));
    }
}
