package eu.dezky.platform.web.lists;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, lists that scale: members, domains, aliases and lists page alike ({@code limit}, {@code cursor} from the
 * previous page's {@code nextCursor}, {@code total}), filter by {@code status} and text ({@code q}), sort
 * ({@code sort=field} or {@code -field}), and keep their top-level keys for the portal.
 */
@SandboxComponentTest
class ListPagingTest extends SandboxApiTest {

    private static final String SLUG = "page-co";
    String admin;

    @BeforeEach
    void tenantWithMembersAliasesAndLists() {
        String operator = api.token("page-op", "operator");
        if (api.get("/api/tenants/" + SLUG, operator).status() == 200) {
            admin = api.token(SLUG + "-admin", "customer-admin");
            return;
        }
        admin = onboarding.tenantWithDomain(SLUG, "page.test");
        onboarding.addDomain(SLUG, admin, "page-two.test");
        for (String name : List.of("anna", "bob", "bodil", "carl", "dora")) {
            onboarding.activeMember(SLUG, admin, name);
        }
        String bob = api.get("/api/tenants/" + SLUG + "/members?q=bob", admin).body().at("/members/0/id").asText();
        for (String alias : List.of("sales", "info")) {
            assertThat(api.post("/api/tenants/" + SLUG + "/mail/aliases", admin,
                    Map.of("address", alias + "@page.test", "memberId", bob)).status()).isIn(201, 202);
            assertThat(api.post("/api/tenants/" + SLUG + "/mail/lists", admin, Map.of("address", alias + "-list@page.test",
                    "name", "List " + alias, "recipients", List.of("bob@page.test"))).status()).isIn(201, 202);
        }
    }

    @Test
    void membersPageByCursorWithTheTotalUntilTheLastPage() {
        List<String> seen = new ArrayList<>();
        String next = "";
        int pages = 0;
        while (next != null) {
            JsonNode page = get("/members?limit=2" + (next.isEmpty() ? "" : "&cursor=" + next));
            assertThat(page.get("total").asLong()).isEqualTo(5);
            page.get("members").forEach(m -> seen.add(m.get("username").asText()));
            next = page.path("nextCursor").isMissingNode() ? null : page.get("nextCursor").asText();
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("anna", "bob", "bodil", "carl", "dora");
    }

    @Test
    void membersFilterByTextAndStatusAndSort() {
        JsonNode bo = get("/members?q=BO");
        JsonNode sorted = get("/members?sort=-displayName");
        JsonNode active = get("/members?status=active");
        JsonNode suspended = get("/members?status=suspended");

        assertThat(names(bo, "members", "username")).containsExactly("bob", "bodil");
        assertThat(bo.get("total").asLong()).isEqualTo(2);
        assertThat(names(sorted, "members", "username")).containsExactly("dora", "carl", "bodil", "bob", "anna");
        assertThat(active.get("total").asLong()).isEqualTo(5);
        assertThat(suspended.get("members")).isEmpty();
        assertThat(suspended.get("total").asLong()).isZero();
    }

    @Test
    void domainsAliasesAndListsPageTheSameWayUnderTheirOwnKeys() {
        JsonNode domains = get("/domains?limit=1");
        JsonNode aliases = get("/mail/aliases?limit=1&sort=address");
        JsonNode lists = get("/mail/lists?limit=1&sort=-address");

        assertThat(domains.get("domains")).hasSize(1);
        assertThat(domains.get("total").asLong()).isEqualTo(2);
        assertThat(domains.has("needingAttention")).isTrue();
        assertThat(get("/domains?limit=1&cursor=" + domains.get("nextCursor").asText()).at("/domains/0/domain")
                .asText()).isEqualTo("page.test");
        assertThat(aliases.at("/aliases/0/address").asText()).isEqualTo("info@page.test");
        assertThat(aliases.get("total").asLong()).isEqualTo(2);
        assertThat(lists.at("/lists/0/address").asText()).isEqualTo("sales-list@page.test");
        assertThat(get("/mail/lists?q=list%20info").get("total").asLong()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = '|', textBlock = """
            /members      | status=sleeping          | status
            /members      | sort=password            | sort
            /members      | limit=0                  | limit
            /members      | limit=201                | limit
            /members      | limit=many               | limit
            /members      | cursor=bm90LW91cnM       | cursor
            /domains      | status=asleep            | status
            /mail/aliases | sort=memberId            | sort
            /mail/lists   | limit=-1                 | limit
            """)
    void aBadListParameterIsA400NamingIt(String list, String query, String field) {
        Api.Response refused = api.get("/api/tenants/" + SLUG + list + "?" + query, admin);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo(field);
    }

    @Test
    void aCursorOfAnotherSortIsRefused() {
        String cursor = get("/members?limit=1&sort=mailbox").get("nextCursor").asText();

        Api.Response refused = api.get("/api/tenants/" + SLUG + "/members?limit=1&cursor=" + cursor, admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("cursor");
        assertThat(api.get("/api/tenants/" + SLUG + "/members?q=" + "x".repeat(101), admin).body().get("field")
                .asText()).isEqualTo("q");
    }

    private JsonNode get(String path) {
        Api.Response response = api.get("/api/tenants/" + SLUG + path, admin);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> names(JsonNode page, String key, String field) {
        List<String> out = new ArrayList<>();
        page.get(key).forEach(node -> out.add(node.get(field).asText()));
        return out;
    }
}
