package eu.dezky.sagas.steps;

import java.util.List;

/**
 * How a run of a step table ended.
 *
 * @param failed    true when a step failed for good (compensated, or stopped); false when every step is done,
 *                  skipped or parked
 * @param reason    why it failed, as the failing step's report said; null when it did not
 * @param leftovers what needs an operator: the parked steps, or the undos that failed for good
 * @param stillDone the steps done and not undone (they had no undo), in order
 */
public record StepEnd(boolean failed, String reason, List<Leftover> leftovers, List<String> stillDone) {

    /** A step an operator must look at, with the detail its NEEDS_ATTENTION report carried. */
    public record Leftover(String step, String detail) {
    }

    public StepEnd {
        leftovers = List.copyOf(leftovers);
        stillDone = List.copyOf(stillDone);
    }

    /** Whether {@code step} was left for an operator. */
    public boolean leftOver(String step) {
        return leftovers.stream().anyMatch(l -> l.step().equals(step));
    }

    /** The leftovers' details, each after "; ", or "" when there are none: what a failure reason appends. */
    public String leftoverText() {
        StringBuilder text = new StringBuilder();
        leftovers.forEach(l -> text.append("; ").append(l.detail()));
        return text.toString();
    }
}
