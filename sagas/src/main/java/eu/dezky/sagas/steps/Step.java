package eu.dezky.sagas.steps;

import eu.dezky.adapters.http.AdapterException;

import java.util.EnumSet;
import java.util.Set;

/**
 * One row of a saga's step table: the external system it calls, what it does there, how that is undone, and how to
 * tell by looking whether it is done. Built afresh from the saga's state on every run, so its actions may use the
 * saga's fields; the engine keeps only the step's {@link #key()} in the saga's state.
 *
 * <pre>{@code
 * step("FILES", systems.ocis())
 *         .invoke(() -> Done.object(accounts.provision(FILES, member, password)))
 *         .withCompensation(() -> accounts.removeOwned(FILES, member))
 *         .doneWhen(() -> accounts.findOwned(FILES, member).map(Done::object).orElse(null))
 * }</pre>
 */
public final class Step {

    /** Does or undoes the step; throws {@link AdapterException}, {@link NotYet} or {@link StepFailed}. */
    @FunctionalInterface
    public interface Action {
        Done run();
    }

    /** Looks the object up: {@link Done} when the system already is as wanted, null when not (or not known). */
    @FunctionalInterface
    public interface Lookup {
        Done find();
    }

    private final String key;
    private final SystemSettings system;
    private Action action = Done::plain;
    private Action undo;
    private Lookup done;
    private Lookup undone;
    private boolean undoHalfDone;
    private boolean parkWhenSwitchedOff;
    private String skip;
    private int requests = 1;
    private final Set<AdapterException.Kind> retried = EnumSet.of(AdapterException.Kind.TRANSIENT);

    private Step(String key, SystemSettings system) {
        this.key = key;
        this.system = system;
    }

    /** A step named {@code key} (unique in its table) in {@code system}. */
    public static Step step(String key, SystemSettings system) {
        return new Step(key, system);
    }

    /** What the step does. */
    public Step invoke(Action what) {
        this.action = what;
        return this;
    }

    /** How the step is undone when a later step fails for good; without one the step stays as it is. */
    public Step withCompensation(Action how) {
        this.undo = how;
        return this;
    }

    /**
     * The undo also runs when this step itself fails, because a try may have created something before failing (a
     * create whose answer was lost): such an undo must find its object by natural key and our ownership marker,
     * answer null when there is none, and leave an object that is not ours alone.
     */
    public Step compensatingAFailedTry() {
        this.undoHalfDone = true;
        return this;
    }

    /** What counts as done: asked before the step gives up, since a try may have worked though its answer was lost. */
    public Step doneWhen(Lookup lookup) {
        this.done = lookup;
        return this;
    }

    /** What counts as undone: asked before an undo that keeps failing is parked. */
    public Step undoneWhen(Lookup lookup) {
        this.undone = lookup;
        return this;
    }

    /** Besides transient failures, {@code NOT_FOUND} is retried too (something the step needs is not there yet). */
    public Step retryingNotFound() {
        retried.add(AdapterException.Kind.NOT_FOUND);
        return this;
    }

    /**
     * How many requests the step makes to its system when all goes well: the engine reserves them with the system's
     * client-side limiter before the step's first call, so a step that begins is not held back halfway.
     */
    public Step making(int requestCount) {
        this.requests = Math.max(1, requestCount);
        return this;
    }

    /** The step is recorded as skipped with this reason and never invoked; null: not skipped. */
    public Step skippedBecause(String reason) {
        this.skip = reason;
        return this;
    }

    /** With its system switched off the step is not skipped but given up (a removal must say what stays behind). */
    public Step givingUpWhenSwitchedOff() {
        this.parkWhenSwitchedOff = true;
        return this;
    }

    public String key() {
        return key;
    }

    public SystemSettings system() {
        return system;
    }

    int requests() {
        return requests;
    }

    Action action() {
        return action;
    }

    Action undo() {
        return undo;
    }

    Lookup done() {
        return done;
    }

    Lookup undone() {
        return undone;
    }

    boolean undoesAFailedTry() {
        return undoHalfDone && undo != null;
    }

    boolean retries(AdapterException failure) {
        return retried.contains(failure.kind());
    }

    /** Why the step is skipped, or null when it runs (a switched-off system skips it unless it gives up instead). */
    String skipReason() {
        if (skip != null) {
            return skip;
        }
        return system.enabled() || parkWhenSwitchedOff ? null : system.name() + " provisioning is switched off";
    }

    /** Asks {@code lookup}; a look-up that fails itself proves nothing, so it answers null (not done). */
    static Done look(Lookup lookup) {
        try {
            return lookup == null ? null : lookup.find();
        } catch (RuntimeException e) {
            return null;
        }
    }

    boolean givesUpSwitchedOff() {
        return skip == null && !system.enabled() && parkWhenSwitchedOff;
    }
}
