package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StalwartSimulatorAccountTest {

    private final StalwartSimulator simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults());
    private final JmapTestClient jmap = new JmapTestClient(simulator);
    private final String domain = jmap.ok("x:Domain/set",
            "{\"create\":{\"d\":{\"name\":\"example.com\",\"dkimManagement\":{\"@type\":\"Manual\"}}}}")
            .path("created").path("d").path("id").asText();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private JsonNode createUser(String name, String extra) {
        return jmap.ok("x:Account/set", "{\"create\":{\"a\":{\"@type\":\"User\",\"name\":\"" + name
                + "\",\"domainId\":\"" + domain + "\"" + extra + "}}}");
    }

    @Test
    void passwordIsWriteOnlyAndNameIsSanitised() {
        String id = createUser(" Alice ", ",\"credentials\":{\"0\":{\"@type\":\"Password\",\"secret\":\"long-secret-1\"}}")
                .path("created").path("a").path("id").asText();
        JsonNode account = jmap.ok("x:Account/get", "{\"ids\":[\"" + id + "\"]}").path("list").path(0);
        assertThat(account.path("name").asText()).isEqualTo("alice");
        assertThat(account.path("emailAddress").asText()).isEqualTo("alice@example.com");
        assertThat(account.path("credentials").path("0").path("secret").asText()).isEqualTo("****");
        assertThat(simulator.inspect().passwordMatches(id, "long-secret-1")).isTrue();

        jmap.ok("x:Account/set", "{\"update\":{\"" + id + "\":{\"credentials/0/secret\":\"another-secret\"}}}");
        assertThat(simulator.inspect().passwordMatches(id, "another-secret")).isTrue();
    }

    @Test
    void missingRequiredPropertiesAndUnknownDomainAreRejected() {
        JsonNode noName = jmap.ok("x:Account/set", "{\"create\":{\"a\":{\"@type\":\"User\",\"domainId\":\""
                + domain + "\"}}}").path("notCreated").path("a");
        assertThat(noName.path("type").asText()).isEqualTo("validationFailed");
        assertThat(noName.path("validationErrors").path(0).path("property").asText()).isEqualTo("name");
        JsonNode noType = jmap.ok("x:Account/set", "{\"create\":{\"a\":{\"name\":\"bob\",\"domainId\":\""
                + domain + "\"}}}").path("notCreated").path("a");
        assertThat(noType.path("type").asText()).isEqualTo("invalidPatch");
        JsonNode badDomain = jmap.ok("x:Account/set",
                "{\"create\":{\"a\":{\"@type\":\"User\",\"name\":\"bob\",\"domainId\":\"zz\"}}}").path("notCreated").path("a");
        assertThat(badDomain.path("type").asText()).isEqualTo("invalidForeignKey");
        JsonNode password = createUser("bob", ",\"password\":\"x\"").path("notCreated").path("a");
        assertThat(password.path("description").asText()).isEqualTo("Invalid property");
    }

    @Test
    void oneEmailKeyIsSharedByAccountsAliasesAndLists() {
        createUser("alice", ",\"aliases\":{\"0\":{\"name\":\"sales\",\"domainId\":\"" + domain + "\"}}");
        JsonNode list = jmap.ok("x:MailingList/set", "{\"create\":{\"l\":{\"name\":\"sales\",\"domainId\":\""
                + domain + "\"}}}").path("notCreated").path("l");
        assertThat(list.path("type").asText()).isEqualTo("primaryKeyViolation");
        assertThat(list.path("properties").path(0).asText()).isEqualTo("email");
        assertThat(createUser("SALES", "").path("notCreated").path("a").path("type").asText())
                .isEqualTo("primaryKeyViolation");
    }

    @Test
    void freezeWithDisabledPermissionsKeepsThePassword() {
        String id = createUser("carol", ",\"credentials\":{\"0\":{\"@type\":\"Password\",\"secret\":\"long-secret-1\"}}")
                .path("created").path("a").path("id").asText();
        jmap.ok("x:Account/set", "{\"update\":{\"" + id + "\":{\"permissions\":{\"@type\":\"Merge\","
                + "\"enabledPermissions\":{},\"disabledPermissions\":{\"authenticate\":true}}}}}");
        assertThat(simulator.inspect().canLogIn(id, "long-secret-1")).isFalse();
        assertThat(simulator.inspect().passwordMatches(id, "long-secret-1")).isTrue();
        JsonNode badPermission = jmap.ok("x:Account/set", "{\"update\":{\"" + id
                + "\":{\"permissions/disabledPermissions/flyToTheMoon\":true}}}").path("notUpdated").path(id);
        assertThat(badPermission.path("type").asText()).isEqualTo("invalidPatch");
    }

    @Test
    void listRecipientsArePatchedAsASetAndListsCannotBeFilteredByDomain() {
        String id = jmap.ok("x:MailingList/set", "{\"create\":{\"l\":{\"name\":\"team\",\"domainId\":\"" + domain
                + "\",\"recipients\":{\"A@Example.com\":true}}}}").path("created").path("l").path("id").asText();
        jmap.ok("x:MailingList/set", "{\"update\":{\"" + id + "\":{\"recipients/b@example.org\":true,"
                + "\"recipients/a@example.com\":null}}}");
        JsonNode list = jmap.ok("x:MailingList/get", "{\"ids\":[\"" + id + "\"]}").path("list").path(0);
        assertThat(list.path("recipients").fieldNames()).toIterable().containsExactly("b@example.org");
        assertThat(jmap.call("x:MailingList/query", "{\"filter\":{\"domainId\":\"" + domain + "\"}}")
                .path(1).path("type").asText()).isEqualTo("unsupportedFilter");
    }

    @Test
    void domainWithAnAccountIsLinkedToIt() {
        String account = createUser("dave", "").path("created").path("a").path("id").asText();
        JsonNode blocked = jmap.ok("x:Domain/set", "{\"destroy\":[\"" + domain + "\"]}")
                .path("notDestroyed").path(domain);
        assertThat(blocked.path("type").asText()).isEqualTo("objectIsLinked");
        assertThat(blocked.path("objectId").path("object").asText()).isEqualTo("Domain");
        assertThat(blocked.path("linkedObjects").path(0).path("id").asText()).isEqualTo(account);
    }
}
