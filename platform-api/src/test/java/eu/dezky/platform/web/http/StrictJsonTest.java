package eu.dezky.platform.web.http;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, strict JSON: an unknown property is a 400 naming it, nothing is coerced, a wrong type is a 400 naming the
 * field (not "Failed to read request"), and none of these creates anything.
 */
@SandboxComponentTest
class StrictJsonTest extends SandboxApiTest {

    String operator;

    @BeforeEach
    void operator() {
        operator = api.token("strict-op", "operator");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt partnerID     | {"slug":"strict-a","displayName":"A","owner":{"subject":"a","email":"a@a.test"},"partnerID":"p-1"} | unknown-property | partnerID   | strict-a
            unknown owner property | {"slug":"strict-b","displayName":"B","owner":{"subject":"b","email":"b@b.test","role":"x"}}       | unknown-property | owner.role  | strict-b
            number as slug         | {"slug":12345,"displayName":"C","owner":{"subject":"c","email":"c@c.test"}}                      | invalid-value    | slug        | 12345
            operator as slug       | {"slug":{"$gt":""},"displayName":"D","owner":{"subject":"d","email":"d@d.test"}}                 | invalid-value    | slug        | strict-d
            string as owner        | {"slug":"strict-e","displayName":"E","owner":"alice"}                                            | invalid-value    | owner       | strict-e
            number as e-mail       | {"slug":"strict-f","displayName":"F","owner":{"subject":"f","email":7}}                          | invalid-value    | owner.email | strict-f
            boolean as name        | {"slug":"strict-g","displayName":true,"owner":{"subject":"g","email":"g@g.test"}}                | invalid-value    | displayName | strict-g
            array as partner       | {"slug":"strict-h","displayName":"H","owner":{"subject":"h","email":"h@h.test"},"partnerId":[]}  | invalid-value    | partnerId   | strict-h
            array body             | []                                                                                               | malformed-body   |             | strict-i
            trailing tokens        | {"slug":"strict-j","displayName":"J","owner":{"subject":"j","email":"j@j.test"}} {}              | malformed-body   |             | strict-j
            """)
    void aBodyThatIsNotExactlyTheDocumentedObjectIsRefusedNamingTheField(String name, String body, String code,
                                                                          String field, String slug) {
        Api.Response refused = api.post("/api/tenants", operator, body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo(code);
        if (field != null) {
            assertThat(refused.body().get("field").asText()).isEqualTo(field);
            assertThat(refused.body().get("detail").asText()).contains(field).doesNotContain("java");
        }
        assertThat(api.get("/api/tenants/" + slug, operator).status()).as("nothing was created").isEqualTo(404);
    }
}
