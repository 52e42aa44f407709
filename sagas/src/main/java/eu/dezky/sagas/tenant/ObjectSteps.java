package eu.dezky.sagas.tenant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.api.tenant.RecordTenantStepRefusedCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.CommandRefusal;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.NotYet;
import eu.dezky.sagas.steps.StepFailed;
import eu.dezky.sagas.steps.SystemSettings;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a tenant saga keeps of the objects' own operations its steps start, in the saga's state: which step started
 * which operation, and how each ended. A step {@link #await awaits} its object: the first look starts the object's
 * operation, later looks wait for its outcome ({@link NotYet}; the saga wakes the run when the outcome arrives, the
 * look after {@link #LOOK_AGAIN} is only a safety net), and an outcome ends the step as done or failed. A failed
 * outcome is forgotten as it is reported, so a retry of the step starts the object's operation afresh.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ObjectSteps {

    /** The engine itself runs these steps: one try each, since the objects' own operations retry. */
    static final SystemSettings ENGINE = SystemSettings.of("dezky", true, 1, Duration.ofMinutes(1),
            Duration.ofMinutes(1));
    static final Duration LOOK_AGAIN = Duration.ofMinutes(2);

    /** How an object's operation ended: done (with a detail), or failed with the reason. */
    record Outcome(boolean done, String detail) {
    }

    /** Starts an object's operation: sends its command and answers the operation's id (null if it has none). */
    @FunctionalInterface
    interface Starter {
        String start();
    }

    private final Map<String, String> started = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    void clear() {
        started.clear();
        outcomes.clear();
    }

    /** The step that started the operation {@code operationId}, or null. */
    String stepOf(String operationId) {
        return started.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().equals(operationId))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    boolean startedBy(String step) {
        return started.containsKey(step);
    }

    void done(String step, String detail) {
        outcomes.put(step, new Outcome(true, detail));
    }

    void failed(String step, String reason) {
        outcomes.put(step, new Outcome(false, reason));
    }

    /** The step's look: done, failed, waiting, or (first look) its object's operation started by {@code starter}. */
    Done await(String step, Starter starter, String waitingFor) {
        Outcome outcome = outcomes.get(step);
        if (outcome != null && outcome.done()) {
            return Done.detail(outcome.detail());
        }
        if (outcome != null) {
            outcomes.remove(step);
            started.remove(step);
            throw new StepFailed(outcome.detail());
        }
        if (!started.containsKey(step)) {
            started.put(step, starter.start());
        }
        throw new NotYet(LOOK_AGAIN, waitingFor);
    }

    /** The id of the object's operation a step of {@code operationId} starts: the same for the same step. */
    static String operationOf(String operationId, String step) {
        return UUID.nameUUIDFromBytes((operationId + "/" + step).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Sends a step's command to its object; a refusal (the object's rules, checked when the command is handled) is
     * reported back to the tenant, whose event tells the saga: a saga's handler never waits for a command's result.
     */
    static void send(CommandGateway commands, Object command, TenantId tenant, String operationId, String step) {
        commands.send(command).whenComplete((result, failure) -> {
            if (failure != null) {
                commands.send(new RecordTenantStepRefusedCommand(tenant, operationId, step,
                        CommandRefusal.code(failure), CommandRefusal.reason(failure)));
            }
        });
    }
}
