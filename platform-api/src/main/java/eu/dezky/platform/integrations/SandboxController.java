package eu.dezky.platform.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/operator/sandbox}: what the in-process simulators hold, so a person trying the engine on its
 * embedded defaults can see a member arrive in all three systems with one curl. Operators only (the
 * {@code /api/operator/**} rule); 404 when no simulator runs. It shows accounts, never passwords or the simulators'
 * admin credentials.
 */
@RestController
class SandboxController {

    private final Sandbox sandbox;

    SandboxController(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @GetMapping("/api/operator/sandbox")
    Map<String, Object> contents() {
        if (!sandbox.active()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no simulator runs: every system has a configured URL");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        sandbox.simulator("authentik").map(AuthentikSimulator.class::cast).ifPresent(sim -> out.put("authentik",
                Map.of("url", sim.baseUrl().toString(), "users", sim.users().stream()
                        .map(u -> Map.of("pk", u.pk(), "username", u.username(), "name", u.name(),
                                "isActive", u.active(), "sessions", sim.sessionsOf(u.pk()).size()))
                        .toList())));
        sandbox.simulator("stalwart").map(StalwartSandboxSimulator.class::cast).ifPresent(sim -> {
            var inspect = sim.simulator().inspect();
            Map<String, String> domains = new LinkedHashMap<>();
            inspect.domains().forEach(d -> domains.put(d.path("id").asText(), d.path("name").asText()));
            out.put("stalwart", Map.of("url", sim.baseUrl().toString(),
                    "domains", List.copyOf(domains.values()),
                    "accounts", inspect.accounts().stream().map(a -> account(a, domains)).toList(),
                    "mailingLists", inspect.mailingLists().stream().map(l -> list(l, domains)).toList()));
        });
        sandbox.simulator("ocis").map(OcisSimulator.class::cast).ifPresent(sim -> out.put("ocis",
                Map.of("url", sim.baseUrl().toString(), "users", sim.users().stream()
                        .map(u -> Map.of("id", u.id(), "username", u.username(), "mail", String.valueOf(u.mail()),
                                "accountEnabled", u.enabled()))
                        .toList())));
        return out;
    }

    private static Map<String, Object> account(JsonNode account, Map<String, String> domains) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", account.path("id").asText());
        out.put("emailAddress", account.path("emailAddress").asText());
        out.put("aliases", aliases(account.path("aliases"), domains));
        out.put("frozen", account.path("permissions").path("disabledPermissions").path("authenticate").asBoolean());
        return out;
    }

    private static Map<String, Object> list(JsonNode list, Map<String, String> domains) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", list.path("id").asText());
        out.put("emailAddress", list.path("emailAddress").asText());
        out.put("description", list.path("description").asText(null));
        out.put("aliases", aliases(list.path("aliases"), domains));
        List<String> recipients = new ArrayList<>();
        list.path("recipients").fieldNames().forEachRemaining(recipients::add);
        out.put("recipients", recipients);
        return out;
    }

    /** Stalwart embeds aliases as an id-keyed map of {name, domainId}; shown as addresses. */
    private static List<String> aliases(JsonNode aliases, Map<String, String> domains) {
        List<String> out = new ArrayList<>();
        aliases.forEach(a -> out.add(a.path("name").asText() + "@" + domains.get(a.path("domainId").asText())));
        return out;
    }
}
