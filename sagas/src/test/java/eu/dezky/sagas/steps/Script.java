package eu.dezky.sagas.steps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The world the {@link ScriptedSaga} runs its steps against: for each action ("do A", "undo B", "done? C") the
 * outcomes of its next calls (a {@link Done} or null to answer, an exception to throw, a {@link Step.Action} to run;
 * answered {@link Done#plain()}
 * once the script runs out), and a log of what was called, reported and how the run ended.
 */
final class Script {

    final List<String> calls = new ArrayList<>();
    final List<String> reports = new ArrayList<>();
    final List<StepReport> details = new ArrayList<>();
    final List<StepEnd> ends = new ArrayList<>();
    /** Requests a step declares it makes ({@link Step#making}); 1 unless set. */
    final Map<String, Integer> requests = new HashMap<>();
    private final Map<String, Deque<Object>> outcomes = new HashMap<>();
    private final Map<String, Object> always = new HashMap<>();

    /** The next calls of {@code action} answer (or throw) these, in order. */
    Script next(String action, Object... answers) {
        Deque<Object> queue = outcomes.computeIfAbsent(action, a -> new ArrayDeque<>());
        for (Object answer : answers) {
            queue.add(answer == null ? NOTHING : answer);
        }
        return this;
    }

    /** Every call of {@code action} answers (or throws) this once the queued answers are used up. */
    Script always(String action, Object answer) {
        always.put(action, answer == null ? NOTHING : answer);
        return this;
    }

    Done run(String action) {
        calls.add(action);
        Deque<Object> queue = outcomes.get(action);
        Object answer = queue != null && !queue.isEmpty() ? queue.poll()
                : always.getOrDefault(action, action.endsWith("?") || action.contains("? ") ? NOTHING : Done.plain());
        if (answer instanceof RuntimeException e) {
            throw e;
        }
        if (answer instanceof Step.Action live) {
            return live.run();
        }
        return answer == NOTHING ? null : (Done) answer;
    }

    void report(Step step, StepReport report) {
        reports.add(step.key() + " " + report.state() + (report.detail() == null ? "" : " " + report.detail()));
        details.add(report);
    }

    private static final Object NOTHING = new Object();
}
