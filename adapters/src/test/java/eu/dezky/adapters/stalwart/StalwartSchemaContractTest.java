package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract checker itself must catch wrong shapes, or the contract tests prove nothing. */
class StalwartSchemaContractTest {

    private static JsonNode request(String method, String args) throws Exception {
        return new ObjectMapper().readTree("{\"using\":[],\"methodCalls\":[[\"" + method + "\"," + args + ",\"c\"]]}");
    }

    @Test
    void anInventedAliasObjectFailsTheContract() throws Exception {
        assertThat(StalwartSchemaContract.checkRequest(request("x:Alias/set", "{\"create\":{}}")))
                .containsExactly("unknown method x:Alias/set");
    }

    @Test
    void aPasswordPropertyOnAnAccountFailsTheContract() throws Exception {
        assertThat(StalwartSchemaContract.checkRequest(request("x:Account/set",
                "{\"create\":{\"a\":{\"@type\":\"User\",\"name\":\"a\",\"domainId\":\"b\",\"password\":\"x\"}}}")))
                .singleElement().asString().contains("property password");
    }

    @Test
    void changesMethodsAndGroupOnlyFieldsOnUsersFailTheContract() throws Exception {
        assertThat(StalwartSchemaContract.checkRequest(request("x:Domain/changes", "{}"))).isNotEmpty();
        assertThat(StalwartSchemaContract.checkResponse(new ObjectMapper().readTree(
                "{\"methodResponses\":[[\"x:Account/get\",{\"list\":[{\"@type\":\"Group\",\"id\":\"b\","
                        + "\"credentials\":{}}]},\"c\"]]}"))).isNotEmpty();
    }

    @Test
    void aMisnamedFieldInsideAnEmbeddedObjectFailsTheContract() throws Exception {
        assertThat(StalwartSchemaContract.checkRequest(request("x:Account/set",
                "{\"update\":{\"d\":{\"aliases/0\":{\"localPart\":\"al\",\"domainId\":\"c\"}}}}")))
                .singleElement().asString().contains("property localPart is not a field of x:EmailAlias");
        assertThat(StalwartSchemaContract.checkRequest(request("x:Account/set",
                "{\"update\":{\"d\":{\"credentials/0/password\":\"x\"}}}"))).isNotEmpty();
    }

    @Test
    void theDocumentedUserCreateConforms() throws Exception {
        assertThat(StalwartSchemaContract.checkRequest(request("x:Account/set",
                "{\"create\":{\"a\":{\"@type\":\"User\",\"name\":\"alice\",\"domainId\":\"c\","
                        + "\"credentials\":{\"0\":{\"@type\":\"Password\",\"secret\":\"x\"}},"
                        + "\"permissions\":{\"@type\":\"Merge\",\"disabledPermissions\":{\"authenticate\":true}}}},"
                        + "\"update\":{\"d\":{\"credentials/0/secret\":\"y\",\"aliases/1\":null,"
                        + "\"recipients/a@b.c\":true,\"permissions/disabledPermissions/emailSend\":true}}}")))
                .containsExactly("x:Account/set update recipients/a@b.c: property recipients is not a field of x:Account");
    }
}
