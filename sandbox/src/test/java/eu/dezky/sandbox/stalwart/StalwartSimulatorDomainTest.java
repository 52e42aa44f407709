package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StalwartSimulatorDomainTest {

    private final StalwartSimulator simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults()
            .withDkimDelay(Duration.ofMillis(50)));
    private final JmapTestClient jmap = new JmapTestClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void sessionWithoutCredentialsHasNoAccountsAndBadCredentialsGet401Problem() throws Exception {
        JsonNode anonymous = JmapTestClient.JSON.readTree(jmap.raw("GET", "/jmap/session", null, null, null).body());
        assertThat(anonymous.path("accounts").isEmpty()).isTrue();

        HttpResponse<String> denied = jmap.raw("GET", "/jmap/session", "Bearer wrong", null, null);
        assertThat(denied.statusCode()).isEqualTo(401);
        assertThat(denied.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JmapTestClient.JSON.readTree(denied.body()).path("detail").asText())
                .isEqualTo("You have to authenticate first.");

        JsonNode session = JmapTestClient.JSON.readTree(
                jmap.raw("GET", "/jmap/session", "Bearer API_sandbox", null, null).body());
        assertThat(session.path("apiUrl").asText()).isEqualTo(simulator.baseUrl() + "/jmap/");
        assertThat(session.path("primaryAccounts").path("urn:stalwart:jmap").asText()).isNotEmpty();
    }

    @Test
    void apiRequestsMustBeJson() {
        HttpResponse<String> response = jmap.raw("POST", "/jmap", jmap.basicAuth(), "text/plain", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("urn:ietf:params:jmap:error:notJSON");
    }

    @Test
    void domainNameIsSanitisedAndDkimKeysAppearShortlyAfterCreate() {
        String id = jmap.createDomain(" Bücher.Example ");
        JsonNode domain = jmap.ok("x:Domain/get", "{\"ids\":[\"" + id + "\"]}").path("list").path(0);
        assertThat(domain.path("name").asText()).isEqualTo("xn--bcher-kva.example");
        assertThat(domain.path("dkimManagement").path("@type").asText()).isEqualTo("Automatic");
        assertThat(jmap.ok("x:DkimSignature/query", "{\"filter\":{\"domainId\":\"" + id + "\"}}").path("ids"))
                .isEmpty();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                jmap.ok("x:DkimSignature/query", "{\"filter\":{\"domainId\":\"" + id + "\"}}").path("ids").size() == 2);
        String zone = jmap.ok("x:Domain/get", "{\"ids\":[\"" + id + "\"],\"properties\":[\"dnsZoneFile\"]}")
                .path("list").path(0).path("dnsZoneFile").asText();
        assertThat(zone).contains("._domainkey.xn--bcher-kva.example. IN TXT \"v=DKIM1; k=ed25519; h=sha256; p=")
                .contains("IN TXT (\n    \"v=DKIM1; k=rsa; h=sha256; p=MIIBCgKCAQEA")
                .contains("xn--bcher-kva.example. IN TXT \"v=spf1 mx -all\"")
                .contains("xn--bcher-kva.example. IN MX 10 mail.dezky.test.")
                .contains("_dmarc.xn--bcher-kva.example. IN TXT \"v=DMARC1; p=reject; "
                        + "rua=mailto:postmaster@xn--bcher-kva.example\"");
    }

    @Test
    void duplicateDomainNameIsAPrimaryKeyViolation() {
        String first = jmap.createDomain("example.com");
        JsonNode error = jmap.ok("x:Domain/set", "{\"create\":{\"d\":{\"name\":\"EXAMPLE.com\"}}}")
                .path("notCreated").path("d");
        assertThat(error.path("type").asText()).isEqualTo("primaryKeyViolation");
        assertThat(error.path("objectId").path("id").asText()).isEqualTo(first);
    }

    @Test
    void domainWithDkimKeysCannotBeDestroyedUntilKeysAreGone() {
        String id = jmap.createDomain("example.org");
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.inspect().dkimSignatures().size() == 2);
        JsonNode blocked = jmap.ok("x:Domain/set", "{\"destroy\":[\"" + id + "\"]}").path("notDestroyed").path(id);
        assertThat(blocked.path("type").asText()).isEqualTo("objectIsLinked");
        assertThat(blocked.path("linkedObjects")).hasSize(2)
                .allSatisfy(l -> assertThat(l.path("object").asText()).isEqualTo("DkimSignature"));

        jmap.ok("x:Domain/set", "{\"update\":{\"" + id + "\":{\"dkimManagement\":{\"@type\":\"Manual\"}}}}");
        JsonNode keys = jmap.ok("x:DkimSignature/query", "{\"filter\":{\"domainId\":\"" + id + "\"}}").path("ids");
        jmap.ok("x:DkimSignature/set", "{\"destroy\":" + keys + "}");
        JsonNode result = jmap.ok("x:Domain/set", "{\"destroy\":[\"" + id + "\"]}");
        assertThat(result.path("destroyed").path(0).asText()).isEqualTo(id);
        assertThat(result.has("notDestroyed")).isFalse();
    }

    @Test
    void defaultDomainCannotBeDestroyed() {
        String id = simulator.inspect().domainNamed("dezky.test").orElseThrow().path("id").asText();
        JsonNode blocked = jmap.ok("x:Domain/set", "{\"destroy\":[\"" + id + "\"]}").path("notDestroyed").path(id);
        assertThat(blocked.path("linkedObjects").path(0).path("object").asText()).isEqualTo("SystemSettings");
    }

    @Test
    void writingServerSetOrUnknownPropertiesIsAnInvalidPatch() {
        String id = jmap.createDomain("example.net");
        JsonNode serverSet = jmap.ok("x:Domain/set", "{\"update\":{\"" + id + "\":{\"dnsZoneFile\":\"x\"}}}")
                .path("notUpdated").path(id);
        assertThat(serverSet.path("type").asText()).isEqualTo("invalidPatch");
        assertThat(serverSet.path("description").asText()).isEqualTo("Cannot modify server set property");
        JsonNode unknown = jmap.ok("x:Domain/set", "{\"create\":{\"d\":{\"name\":\"a.example\",\"owner\":\"x\"}}}")
                .path("notCreated").path("d");
        assertThat(unknown.path("description").asText()).isEqualTo("Invalid property");
        assertThat(unknown.path("properties").path(0).asText()).isEqualTo("owner");
    }

    @Test
    void onlyGetSetAndQueryExistAndThereIsNoAliasObject() {
        assertThat(jmap.call("x:Domain/changes", "{}").path(1).path("type").asText()).isEqualTo("unknownMethod");
        assertThat(jmap.call("x:Alias/set", "{}").path(1).path("type").asText()).isEqualTo("unknownMethod");
        assertThat(jmap.call("x:Domain/get", "{\"bogus\":1}").path(1).path("type").asText())
                .isEqualTo("invalidArguments");
    }

    @Test
    void getHasNoStateAndQueryIsNewestFirstWithConstantQueryState() {
        String a = jmap.createDomain("one.example");
        String b = jmap.createDomain("two.example");
        assertThat(jmap.ok("x:Domain/get", "{\"ids\":null}").has("state")).isFalse();
        JsonNode query = jmap.ok("x:Domain/query", "{}");
        assertThat(query.path("queryState").asText()).isEqualTo("n");
        assertThat(query.path("ids").path(0).asText()).isEqualTo(b);
        assertThat(query.path("ids").path(1).asText()).isEqualTo(a);
        JsonNode set = jmap.ok("x:Domain/set", "{\"update\":{\"" + a + "\":{\"description\":\"Main\"}}}");
        assertThat(set.has("newState")).isFalse();
        assertThat(set.has("created")).isFalse();
    }
}
