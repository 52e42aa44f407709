package eu.dezky.sagas.steps;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;

/**
 * What every saga on the step engine has alike: the command gateway it reports through, the external systems'
 * settings, the persistent deadline manager and clock its retries use, the {@link StepRun} it keeps (its state is
 * written field by field, as for every saga), and the handler of its retry deadlines, which are named after the saga
 * ({@code MemberOnboardingSaga}: {@code member-onboarding-retry}). A saga builds its {@link #steps() table} from its
 * state, turns reports and the ending into commands, and calls {@link #startSteps()} from the event that starts an
 * operation.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class StepSaga implements StepListener {

    @Autowired
    protected transient CommandGateway commandGateway;
    @Autowired
    protected transient ExternalSystems systems;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired(required = false)
    private transient Clock clock;

    private final StepRun run = new StepRun();

    /** The name retries of {@code saga} are scheduled under: its name in kebab case, "Saga" replaced by "retry". */
    public static String retryDeadlineOf(Class<? extends StepSaga> saga) {
        String name = saga.getSimpleName().replaceFirst("Saga$", "Retry");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The saga's step table, built from its state. */
    protected abstract StepTable steps();

    /**
     * Any deadline of the saga is a retry of its run: under its retry name, or under a name an older version of the
     * saga used (a saga's own named deadline handlers take precedence over this one).
     */
    @DeadlineHandler
    void retry() {
        resumeSteps();
    }

    /** Runs the table from its first step; a retry still pending for an earlier operation is cancelled. */
    protected void startSteps() {
        engine().start(run);
    }

    /** Goes on where the run waits. */
    protected void resumeSteps() {
        engine().resume(run);
    }

    /**
     * What a waiting step looks for has happened (an event the saga handles): the look it scheduled ({@link NotYet})
     * is cancelled and the run goes on at once.
     */
    protected void wakeSteps() {
        StepEngine engine = engine();
        engine.cancel(run);
        engine.resume(run);
    }

    /** Goes on with a run the table's STOP policy stopped. */
    protected void proceedSteps() {
        engine().proceed(run);
    }

    /** Cancels the run from outside and undoes what it did; see {@link StepEngine#abandon}. */
    protected void abandonSteps(String reason) {
        engine().abandon(run, reason);
    }

    protected StepRun run() {
        return run;
    }

    private StepEngine engine() {
        return new StepEngine(steps(), this, new Retries(deadlineManager, retryDeadlineOf(getClass()), clock));
    }
}
