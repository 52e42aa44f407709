package eu.dezky.sagas.steps;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.operation.StepState;


/**
 * Runs a saga's {@link StepTable} on the saga's {@link StepRun}, inside the saga's handler: every step in order, each
 * reported as it settles. A step first reserves its requests with its system's limiter (all or none), else waits. A
 * failure its step retries schedules a persistent retry deadline (backoff with jitter, never shorter than the server's
 * {@code Retry-After}) and counts an attempt; a throttled call or a step {@link NotYet not yet} ready is looked at
 * again after the given delay without counting one. A step out of attempts or refused is looked up first ("what counts
 * as done"), then given up as the table's {@link GiveUp} says. Nothing blocks: a wait is a deadline.
 */
public final class StepEngine {

    private final StepTable table;
    private final StepListener listener;
    private final Retries retries;
    private final StepWaits waits;

    public StepEngine(StepTable table, StepListener listener, Retries retries) {
        this.table = table;
        this.listener = listener;
        this.retries = retries;
        this.waits = new StepWaits(listener, retries);
    }

    /** Runs the table from its first step; a retry still pending for an earlier run is cancelled. */
    public void start(StepRun run) {
        cancel(run);
        run.begin(table.first());
        forward(run);
    }

    /** The retry deadline fired: goes on where the run waits (a settled run ignores it; one never begun begins). */
    public void resume(StepRun run) {
        run.retryId(null);
        switch (run.phase()) {
            case NEW -> start(run);
            case FORWARD -> forward(run);
            case UNDOING -> undo(run);
            default -> { }
        }
    }

    /** Goes on with a stopped run from the step it stopped at, with fresh attempts. */
    public void proceed(StepRun run) {
        if (run.phase() == StepRun.Phase.STOPPED) {
            run.goOn();
            forward(run);
        }
    }

    /**
     * The operation was cancelled from outside: its pending retry is dropped and what it did is undone as a give-up
     * would (the step in progress too, since a failed try may have left something); a finished run undoes its done
     * steps, an undoing one simply goes on now. Ends with {@link StepListener#finished} like any run.
     */
    public void abandon(StepRun run, String reason) {
        cancel(run);
        if (run.phase() != StepRun.Phase.UNDOING) {
            run.beginUndo(reason, run.phase() == StepRun.Phase.FORWARD || run.phase() == StepRun.Phase.STOPPED);
        }
        undo(run);
    }

    /** Cancels the run's pending retry, if any. */
    public void cancel(StepRun run) {
        if (run.retryId() != null) {
            retries.cancel(run.retryId());
            run.retryId(null);
        }
    }

    private void forward(StepRun run) {
        while (run.phase() == StepRun.Phase.FORWARD && run.current() != null) {
            if (!tryForward(run, table.step(run.current()))) {
                break;
            }
        }
        if (run.phase() == StepRun.Phase.UNDOING) {
            undo(run);
        } else if (run.phase() == StepRun.Phase.FORWARD && run.current() == null) {
            listener.finished(run.finish());
        }
    }

    /** Answers false when the run waits for a retry or left the forward phase. */
    private boolean tryForward(StepRun run, Step step) {
        String skip = step.skipReason();
        if (skip != null) {
            waits.report(step, run, StepState.SKIPPED, skip, null, null);
            run.advance(false, table.after(step.key()));
            return true;
        }
        if (step.givesUpSwitchedOff()) {
            AdapterException off = AdapterException.of(AdapterException.Kind.REJECTED, step.system().name(),
                    step.system().name() + " provisioning is switched off in the engine");
            String reason = table.failed(new Failure(step, off, 0));
            return giveUp(run, step, reason, reason, false);
        }
        if (!waits.admitted(run, step, "")) {
            return false;
        }
        try {
            Done done = step.action().run();
            waits.report(step, run, StepState.DONE, done.detail(), null, done.objectId());
            run.advance(true, table.after(step.key()));
            return true;
        } catch (NotYet wait) {
            waits.later(run, step, wait.after(), wait.detail());
        } catch (StepFailed failed) {
            run.failedTry();
            return giveUp(run, step, failed.reason(), failed.reason(), false);
        } catch (AdapterException e) {
            if (e.throttled()) {
                waits.later(run, step, step.system().throttleDelay(run.attempts(), e), e.reason());
                return false;
            }
            int attempts = run.failedTry();
            if (step.retries(e) && attempts < step.system().maxAttempts()) {
                waits.later(run, step, step.system().retryDelay(attempts, e), e.reason());
                return false;
            }
            Failure failure = new Failure(step, e, attempts);
            String reason = table.failed(failure);
            return giveUp(run, step, reason, failure.detail(reason), true);
        } finally {
            step.system().admission().release();
        }
        return false;
    }

    /** {@code detail} is the step's: the {@code reason} with the vendor's own answer, when there is one. */
    private boolean giveUp(StepRun run, Step step, String reason, String detail, boolean lookUp) {
        Done found = lookUp ? Step.look(step.done()) : null;
        if (found != null) {
            waits.report(step, run, StepState.DONE, found.detail(), null, found.objectId());
            run.advance(true, table.after(step.key()));
            return true;
        }
        switch (table.policy()) {
            case COMPENSATE -> {
                waits.report(step, run, StepState.FAILED, detail, null, null);
                run.beginUndo(reason, step.undoesAFailedTry());
            }
            case PARK -> {
                waits.report(step, run, StepState.NEEDS_ATTENTION, detail, null, null);
                run.park(reason);
                run.advance(false, table.after(step.key()));
                return true;
            }
            case STOP -> {
                waits.report(step, run, StepState.FAILED, detail, null, null);
                run.stop(reason);
                listener.finished(run.finish());
            }
        }
        return false;
    }

    private void undo(StepRun run) {
        while (run.current() != null) {
            if (!tryUndo(run, table.step(run.current()))) {
                return;
            }
        }
        listener.finished(run.finish());
    }

    private boolean tryUndo(StepRun run, Step step) {
        if (step.undo() == null) {
            run.keep();
            return true;
        }
        boolean failedTry = !run.isDone(step.key());
        if (!waits.admitted(run, step, "undoing: ")) {
            return false;
        }
        try {
            undone(run, step, failedTry, step.undo().run());
            return true;
        } catch (NotYet wait) {
            waits.later(run, step, wait.after(), "undoing: " + wait.detail());
        } catch (StepFailed failed) {
            run.failedTry();
            leftOver(run, step, failed.reason(), failed.reason());
            return true;
        } catch (AdapterException e) {
            if (e.kind() == AdapterException.Kind.NOT_FOUND) {
                // gone already: nothing left to undo
                undone(run, step, failedTry, failedTry ? null : Done.plain());
                return true;
            }
            if (e.throttled()) {
                waits.later(run, step, step.system().throttleDelay(run.attempts(), e), "undoing: " + e.reason());
                return false;
            }
            int attempts = run.failedTry();
            if (e.kind() == AdapterException.Kind.TRANSIENT && attempts < step.system().maxAttempts()) {
                waits.later(run, step, step.system().retryDelay(attempts, e), "undoing: " + e.reason());
                return false;
            }
            Done found = Step.look(step.undone());
            if (found != null) {
                undone(run, step, failedTry, found);
            } else {
                Failure failure = new Failure(step, e, attempts);
                String reason = table.leftover(failure);
                leftOver(run, step, reason, failure.detail(reason));
            }
            return true;
        } finally {
            step.system().admission().release();
        }
        return false;
    }

    /** An undo of a failed try that found nothing of ours is not reported: the step stays FAILED. */
    private void undone(StepRun run, Step step, boolean failedTry, Done result) {
        if (!failedTry || result != null) {
            Done shown = result == null ? Done.plain() : result;
            waits.report(step, run, StepState.COMPENSATED, shown.detail(), null, shown.objectId());
        }
        run.undone(null);
    }

    private void leftOver(StepRun run, Step step, String reason, String detail) {
        waits.report(step, run, StepState.NEEDS_ATTENTION, detail, null, null);
        run.undone(reason);
    }
}
