package eu.dezky.sagas.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A saga's steps in the order they run, its give-up policy and how it words a failure. Built afresh from the saga's
 * state whenever the saga runs it; a table built per object (one step per member, per list …) is as good as a
 * fixed one, as long as the same state builds the same keys.
 */
public final class StepTable {

    private final GiveUp policy;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private Function<Failure, String> failed = StepTable::failedByDefault;
    private Function<Failure, String> leftover = StepTable::leftoverByDefault;

    private StepTable(GiveUp policy, List<Step> rows) {
        this.policy = policy;
        for (Step step : rows) {
            if (steps.put(step.key(), step) != null) {
                throw new IllegalArgumentException("two steps are named " + step.key());
            }
        }
    }

    public static StepTable of(GiveUp policy, List<Step> rows) {
        return new StepTable(policy, rows);
    }

    public static StepTable compensating(Step... rows) {
        return of(GiveUp.COMPENSATE, List.of(rows));
    }

    public static StepTable parking(Step... rows) {
        return of(GiveUp.PARK, List.of(rows));
    }

    /** The reason a step gives up with (the FAILED or NEEDS_ATTENTION detail, and the operation's reason). */
    public StepTable failing(Function<Failure, String> reason) {
        this.failed = reason;
        return this;
    }

    /** What an undo that failed for good leaves behind, in words an operator can act on. */
    public StepTable leaving(Function<Failure, String> reason) {
        this.leftover = reason;
        return this;
    }

    GiveUp policy() {
        return policy;
    }

    Step step(String key) {
        Step step = steps.get(key);
        if (step == null) {
            throw new IllegalStateException("the saga's state names a step its table does not have: " + key);
        }
        return step;
    }

    /** The first step's key, or null for an empty table. */
    String first() {
        return steps.isEmpty() ? null : steps.keySet().iterator().next();
    }

    /** The key of the step after {@code key}, or null after the last. */
    String after(String key) {
        List<String> keys = List.copyOf(steps.keySet());
        int next = keys.indexOf(key) + 1;
        return next > 0 && next < keys.size() ? keys.get(next) : null;
    }

    String failed(Failure failure) {
        return failed.apply(failure);
    }

    String leftover(Failure failure) {
        return leftover.apply(failure);
    }

    private static String failedByDefault(Failure f) {
        return f.exhausted()
                ? f.system() + " could not be reached after " + f.attempts() + " attempts (last: " + f.reason() + ")"
                : f.system() + " refused: " + f.reason();
    }

    private static String leftoverByDefault(Failure f) {
        return f.system() + " could not be undone (" + f.reason() + "); an operator must check it there";
    }
}
