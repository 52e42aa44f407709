package eu.dezky.sagas.steps;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the engine keeps of a run in the saga's state, written by the saga store with the saga (Jackson, a few keys
 * and numbers): the phase, the step being done or undone, its failed tries, the steps done so far, the undo queue,
 * what was left for an operator, why the run gave up, and the pending retry deadline. The steps themselves are code
 * ({@link StepTable}), rebuilt from the saga's state.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class StepRun {

    /** Where a run is. */
    public enum Phase { NEW, FORWARD, UNDOING, STOPPED, FINISHED }

    private Phase phase = Phase.NEW;
    /** Forward or stopped: the step being done; undoing: the head of {@link #undo}. */
    private String current;
    /** Failed tries of the current step (or undo); a throttled or not-yet try does not count. */
    private int attempts;
    private final List<String> done = new ArrayList<>();
    private final List<String> undo = new ArrayList<>();
    private final List<StepEnd.Leftover> leftovers = new ArrayList<>();
    private String failure;
    /** The pending retry deadline, so that a new run can cancel it; null when none is pending. */
    private String retryId;
    /** The current step waits for its system's client-side limit and has said so: waiting on is not news. */
    private boolean held;

    public Phase phase() {
        return phase;
    }

    /** True while a step is being done or undone (a retry may be pending). */
    public boolean running() {
        return phase == Phase.FORWARD || phase == Phase.UNDOING;
    }

    /** The step being done or undone, or null. */
    public String current() {
        return current;
    }

    public int attempts() {
        return attempts;
    }

    public boolean isDone(String key) {
        return done.contains(key);
    }

    void begin(String first) {
        phase = Phase.FORWARD;
        current = first;
        attempts = 0;
        done.clear();
        undo.clear();
        leftovers.clear();
        failure = null;
    }

    int failedTry() {
        return ++attempts;
    }

    /** The current step is done (or skipped or parked: {@code done} false); {@code next} comes next. */
    void advance(boolean markDone, String next) {
        if (markDone && !done.contains(current)) {
            done.add(current);
        }
        current = next;
        attempts = 0;
    }

    void park(String detail) {
        leftovers.add(new StepEnd.Leftover(current, detail));
    }

    /**
     * Gives up forward: from now on the current step (when a failed try may have left something) and then the done
     * steps in reverse are undone.
     */
    void beginUndo(String reason, boolean undoFailedTry) {
        phase = Phase.UNDOING;
        failure = reason;
        undo.clear();
        if (undoFailedTry && current != null) {
            undo.add(current);
        }
        List<String> reversed = new ArrayList<>(done);
        Collections.reverse(reversed);
        undo.addAll(reversed);
        current = undo.isEmpty() ? null : undo.get(0);
        attempts = 0;
    }

    /** The head of the undo queue is settled: undone ({@code leftover} null) or left for an operator. */
    void undone(String leftover) {
        if (leftover != null) {
            leftovers.add(new StepEnd.Leftover(current, leftover));
        }
        done.remove(current);
        undo.remove(0);
        current = undo.isEmpty() ? null : undo.get(0);
        attempts = 0;
    }

    /** The undo queue's head has no undo: it stays done. */
    void keep() {
        undo.remove(0);
        current = undo.isEmpty() ? null : undo.get(0);
        attempts = 0;
    }

    void stop(String reason) {
        phase = Phase.STOPPED;
        failure = reason;
    }

    void goOn() {
        phase = Phase.FORWARD;
        failure = null;
        attempts = 0;
    }

    StepEnd finish() {
        boolean failed = phase != Phase.FORWARD;
        if (phase != Phase.STOPPED) {
            phase = Phase.FINISHED;
        }
        return new StepEnd(failed, failed ? failure : null, leftovers, done);
    }

    List<String> done() {
        return done;
    }

    String retryId() {
        return retryId;
    }

    boolean held() {
        return held;
    }

    void held(boolean waiting) {
        held = waiting;
    }

    void retryId(String id) {
        retryId = id;
    }
}
