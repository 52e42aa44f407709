package eu.dezky.platform.integrations;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.sandbox.authentik.AuthentikSimulator;
import eu.dezky.sandbox.ocis.OcisSimulator;
import eu.dezky.sandbox.stalwart.StalwartSandboxSimulator;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Changes a simulator's state behind the engine's back, as someone in a vendor's admin would: delete an account,
 * deactivate it (Authentik inactive, Stalwart frozen, oCIS disabled) or create an unknown one without any ownership
 * marker. For tests and for anyone trying reconciliation on the embedded defaults; only simulators are ever touched.
 */
@Component
class SandboxDrift {

    static final List<String> SYSTEMS = List.of("authentik", "stalwart", "ocis");
    static final List<String> ACTIONS = List.of("delete", "deactivate", "create");

    private final Sandbox sandbox;

    SandboxDrift(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** What the drift did, in words. */
    @Schema(name = "SandboxDriftApplied")
    record Applied(String system, String action, String account) {
    }

    Applied apply(String rawSystem, String rawAction, String rawAccount) {
        String system = oneOf("system", rawSystem, SYSTEMS);
        String action = oneOf("action", rawAction, ACTIONS);
        String account = Fields.parse("account", rawAccount, () -> new EmailAddress(rawAccount)).value();
        var simulator = sandbox.simulator(system).orElseThrow(() -> new NotFoundException(
                "no " + system + " simulator runs: " + system + " has a configured URL, which drift never touches"));
        boolean done = switch (system) {
            case "authentik" -> authentik((AuthentikSimulator) simulator, action, account);
            case "stalwart" -> stalwart((StalwartSandboxSimulator) simulator, action, account);
            default -> ocis((OcisSimulator) simulator, action, account);
        };
        if (!done && action.equals("create")) {
            throw new RuleViolationException("account-exists", system + " already has " + account
                    + " (or, for stalwart, does not know its domain)");
        }
        if (!done) {
            throw new NotFoundException(system + " has no account " + account);
        }
        return new Applied(system, action, account);
    }

    private static boolean authentik(AuthentikSimulator sim, String action, String account) {
        return switch (action) {
            case "delete" -> sim.deleteUser(account);
            case "deactivate" -> sim.deactivateUser(account);
            default -> sim.createUser(account);
        };
    }

    private static boolean stalwart(StalwartSandboxSimulator sim, String action, String account) {
        return switch (action) {
            case "delete" -> sim.simulator().deleteAccount(account);
            case "deactivate" -> sim.simulator().freezeAccount(account);
            default -> sim.simulator().createAccount(account);
        };
    }

    private static boolean ocis(OcisSimulator sim, String action, String account) {
        return switch (action) {
            case "delete" -> sim.deleteUser(account);
            case "deactivate" -> sim.disableUser(account);
            default -> sim.createUser(account);
        };
    }

    private static String oneOf(String field, String raw, List<String> allowed) {
        String value = raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
        InvalidValueException.require(value != null && allowed.contains(value), field,
                field + " must be one of " + String.join(", ", allowed));
        return value;
    }
}
