package eu.dezky.sagas.steps;

import eu.dezky.api.operation.StepState;

import java.time.Duration;
import java.time.Instant;

/**
 * How the {@link StepEngine} waits and says so: a step's report (which also ends a held-back wait), a retry deadline
 * with its RETRYING report, and the limiter's admission of a step's requests.
 */
final class StepWaits {

    private final StepListener listener;
    private final Retries retries;

    StepWaits(StepListener listener, Retries retries) {
        this.listener = listener;
        this.retries = retries;
    }

    /**
     * Reserves all of the step's requests with its system's limiter, or none: a step let in halfway would spend the
     * rate and start over. Held back, it waits on a deadline, said once however often it is held back again.
     */
    boolean admitted(StepRun run, Step step, String doing) {
        Duration wait = step.system().admission().reserve(step.requests());
        if (wait.isZero()) {
            return true;
        }
        if (run.held()) {
            run.retryId(retries.schedule(wait));
        } else {
            later(run, step, wait, doing + step.system().name() + ": waiting for the client-side request limit ("
                    + step.requests() + " requests)");
            run.held(true);
        }
        return false;
    }

    void later(StepRun run, Step step, Duration delay, String detail) {
        run.retryId(retries.schedule(delay));
        Instant due = retries.now().plus(delay);
        report(step, run, StepState.RETRYING, detail, due, null);
    }

    void report(Step step, StepRun run, StepState state, String detail, Instant next, String objectId) {
        run.held(false);
        listener.report(step, new StepReport(state, run.attempts(), step.system().maxAttempts(), detail, next,
                objectId));
    }
}
