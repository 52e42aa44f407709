package eu.dezky.platform.web.http;

import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, values: names are text (no NUL, no line breaks, no bidi overrides), and a length limit is checked where
 * the value is entered, naming the field the caller sent: a valid domain of up to 253 characters is accepted (its
 * default DMARC report address no longer overflows as {@code rua}), a too-long mailbox names {@code username}.
 */
@SandboxComponentTest
class ValuesTest extends SandboxApiTest {

    String operator;

    @BeforeEach
    void operator() {
        operator = api.token("values-op", "operator");
    }

    /** NUL, a line break, RIGHT-TO-LEFT OVERRIDE, LEFT-TO-RIGHT ISOLATE, a C1 control, a zero-width no-break space. */
    @ParameterizedTest
    @ValueSource(strings = {"Acme\u0000ApS", "Acme\nApS", "Acme \u202Egpj.exe", "Acme\u2066 ApS", "Acme\u0085", "\uFEFFAcme"})
    void controlAndFormattingCharactersAreRefusedInEveryName(String name) {
        var tenant = Api.tenantBody("names-co", "names-admin", null);
        tenant.put("displayName", name);
        assertRefused(api.post("/api/tenants", operator, tenant), "displayName");

        String admin = tenantWithDomain();
        assertRefused(api.post("/api/tenants/names-ok/members", admin,
                Map.of("displayName", name, "username", "nora", "role", "member")), "displayName");
        assertRefused(api.post("/api/tenants/names-ok/mail/lists", admin,
                Map.of("address", "team@names-ok.test", "name", name, "recipients", List.of("a@b.test"))), "name");
    }

    @Test
    void namesInAnyScriptWithTheirJoinersAreAccepted() {
        var tenant = Api.tenantBody("names-intl", "names-intl-admin", null);
        tenant.put("displayName", "Ørsted & Søn — مهرداد\u200Cی 👩\u200D💻");
        assertThat(api.post("/api/tenants", operator, tenant).status()).isEqualTo(201);
    }

    @Test
    void aDomainOfTwoHundredFiftyCharactersIsAcceptedAndOneOverTheLimitNamesTheDomain() {
        String admin = onboarding.tenant("long-dom");
        String domain = domainOf(250);

        Api.Response added = api.post("/api/tenants/long-dom/domains", admin, Map.of("domain", domain));

        // The value is accepted (no 400). Its set-up then fails honestly: the DKIM record names under a 250-character
        // domain are longer than DNS's 255-octet limit, so the mail server's zone file cannot hold them.
        assertThat(added.status()).as(added.toString()).isIn(201, 202, 422);
        if (added.status() == 422) {
            assertThat(added.body().get("code").asText()).isEqualTo("provisioning-failed");
        }
        Api.Response tooLong = api.post("/api/tenants/long-dom/domains", admin, Map.of("domain", domainOf(254)));
        assertRefused(tooLong, "domain");
    }

    @Test
    void aMailboxTooLongForItsDomainNamesTheUsername() {
        // 220 characters: long, yet short enough for its DKIM record names to fit in DNS, so the set-up succeeds
        String domain = domainOf(220);
        String admin = onboarding.tenantWithDomain("long-box", domain);

        Api.Response refused = api.post("/api/tenants/long-box/members", admin, Map.of("displayName", "Long",
                "username", "a-rather-long-username-for-this-domain-x", "role", "member"));

        assertRefused(refused, "username");
        assertThat(refused.body().get("detail").asText()).contains("254");
    }

    private String tenantWithDomain() {
        if (api.get("/api/tenants/names-ok", operator).status() == 404) {
            return onboarding.tenantWithDomain("names-ok", "names-ok.test");
        }
        return api.token("names-ok-admin", "customer-admin");
    }

    /** A valid domain of exactly {@code length} characters: 60-character labels, then a filler, then ".test". */
    static String domainOf(int length) {
        StringBuilder domain = new StringBuilder();
        int room = length - ".test".length();
        char label = 'a';
        while (room > 0) {
            int size = Math.min(60, room - (domain.isEmpty() ? 0 : 1));
            if (size < 1) {
                size = 1;
            }
            domain.append(domain.isEmpty() ? "" : ".").append(String.valueOf(label++).repeat(size));
            room = length - ".test".length() - domain.length();
        }
        return domain + ".test";
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body().get("code").asText()).isEqualTo("invalid-value");
        assertThat(response.body().get("field").asText()).isEqualTo(field);
    }
}
