package eu.dezky.sagas.steps;

import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

/**
 * A saga that is nothing but a step table built from its state: one step per object it was started with, every
 * step's do, undo and look-ups played by the {@link Script}. What the engine promises every saga is tested on it.
 */
public class ScriptedSaga extends StepSaga {

    static final String RETRY = retryDeadlineOf(ScriptedSaga.class);

    /** Starts a run over {@code objects}, one step each, all in {@code system}. */
    record Started(String id, List<String> objects, GiveUp policy) {
    }

    /** Asks a stopped run to go on. */
    record GoOn(String id) {
    }

    @Autowired
    private transient Script script;
    @Autowired
    private transient SystemSettings system;

    private List<String> objects;
    private GiveUp policy;

    @StartSaga
    @SagaEventHandler(associationProperty = "id")
    void on(Started event) {
        objects = event.objects();
        policy = event.policy();
        startSteps();
    }

    @SagaEventHandler(associationProperty = "id")
    void on(GoOn event) {
        proceedSteps();
    }

    @Override
    protected StepTable steps() {
        return StepTable.of(policy, objects.stream().map(this::step).toList());
    }

    private Step step(String object) {
        return Step.step(object, system)
                .invoke(() -> script.run("do " + object))
                .making(script.requests.getOrDefault(object, 1))
                .withCompensation(() -> script.run("undo " + object))
                .doneWhen(() -> script.run("done? " + object))
                .undoneWhen(() -> script.run("undone? " + object))
                .compensatingAFailedTry();
    }


    @Override
    public void report(Step step, StepReport report) {
        script.report(step, report);
    }

    @Override
    public void finished(StepEnd end) {
        script.ends.add(end);
    }
}
