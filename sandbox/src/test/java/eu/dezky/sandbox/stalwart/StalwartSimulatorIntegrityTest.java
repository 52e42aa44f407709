package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class StalwartSimulatorIntegrityTest {

    private final StalwartSimulator simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults());
    private final JmapTestClient jmap = new JmapTestClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    private String manualDomain(String name, String aliasesJson) {
        return jmap.ok("x:Domain/set", "{\"create\":{\"d\":{\"name\":\"" + name + "\",\"aliases\":" + aliasesJson
                + ",\"dkimManagement\":{\"@type\":\"Manual\"}}}}").path("created").path("d").path("id").asText();
    }

    @Test
    void aDomainAliasMayNotEqualAnotherDomainsNameOrAlias() {
        String first = manualDomain("example.com", "{\"example.net\":true}");
        JsonNode clash = jmap.ok("x:Domain/set", "{\"create\":{\"d\":{\"name\":\"example.org\","
                + "\"aliases\":{\"EXAMPLE.net\":true}}}}").path("notCreated").path("d");
        assertThat(clash.path("type").asText()).isEqualTo("primaryKeyViolation");
        assertThat(clash.path("properties").path(0).asText()).isEqualTo("aliases");
        assertThat(clash.path("objectId").path("id").asText()).isEqualTo(first);
    }

    @Test
    void anAliasInAnotherDomainLinksTheAccountToThatDomain() {
        String home = manualDomain("home.example", "{}");
        String other = manualDomain("other.example", "{}");
        String account = jmap.ok("x:Account/set", "{\"create\":{\"a\":{\"@type\":\"User\",\"name\":\"al\","
                + "\"domainId\":\"" + home + "\",\"aliases\":{\"0\":{\"name\":\"al\",\"domainId\":\"" + other
                + "\"}}}}}").path("created").path("a").path("id").asText();
        JsonNode blocked = jmap.ok("x:Domain/set", "{\"destroy\":[\"" + other + "\"]}").path("notDestroyed").path(other);
        assertThat(blocked.path("linkedObjects").path(0).path("object").asText()).isEqualTo("Account");
        assertThat(blocked.path("linkedObjects").path(0).path("id").asText()).isEqualTo(account);

        jmap.ok("x:Account/set", "{\"update\":{\"" + account + "\":{\"aliases/0\":null}}}");
        assertThat(jmap.ok("x:Domain/set", "{\"destroy\":[\"" + other + "\"]}").path("destroyed")).hasSize(1);
    }

    @Test
    void concurrentCreatesOfOneAddressYieldExactlyOneAccount() throws Exception {
        String domain = manualDomain("race.example", "{}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> jmap.ok("x:Account/set", "{\"create\":{\"a\":{\"@type\":\"User\","
                        + "\"name\":\"same\",\"domainId\":\"" + domain + "\"}}}")));
            }
            int created = 0;
            for (Future<JsonNode> result : results) {
                created += result.get().has("created") ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(simulator.inspect().accounts()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGroupWithMembersIsLinkedToThem() {
        String domain = manualDomain("groups.example", "{}");
        String group = jmap.ok("x:Account/set", "{\"create\":{\"g\":{\"@type\":\"Group\",\"name\":\"sales\","
                + "\"domainId\":\"" + domain + "\"}}}").path("created").path("g").path("id").asText();
        JsonNode notAGroup = jmap.ok("x:Account/set", "{\"create\":{\"u\":{\"@type\":\"User\",\"name\":\"u\","
                + "\"domainId\":\"" + domain + "\",\"memberGroupIds\":{\"zz\":true}}}}").path("notCreated").path("u");
        assertThat(notAGroup.path("type").asText()).isEqualTo("invalidForeignKey");
        String user = jmap.ok("x:Account/set", "{\"create\":{\"u\":{\"@type\":\"User\",\"name\":\"u\","
                + "\"domainId\":\"" + domain + "\",\"memberGroupIds\":{\"" + group + "\":true}}}}")
                .path("created").path("u").path("id").asText();
        JsonNode blocked = jmap.ok("x:Account/set", "{\"destroy\":[\"" + group + "\"]}").path("notDestroyed").path(group);
        assertThat(blocked.path("linkedObjects").path(0).path("id").asText()).isEqualTo(user);
    }
}
