package eu.dezky.sagas.steps;

/** The saga's side of the engine: it turns each report into a step command and each ending into its outcome. */
public interface StepListener {

    void report(Step step, StepReport report);

    void finished(StepEnd end);
}
