package eu.dezky.sagas.domain;

import eu.dezky.api.domain.RecordMailDomainStepCommand;
import eu.dezky.api.operation.StepState;
import org.axonframework.commandhandling.CommandMessage;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

import java.util.List;
import java.util.function.Predicate;

/**
 * Matches the dispatched commands when, besides the mail-server step reports, there is exactly one: the outcome, of
 * the given type, satisfying a check.
 */
final class OnlyOutcome {

    private OnlyOutcome() {
    }

    static <T> Matcher<List<CommandMessage<?>>> of(Class<T> type, Predicate<T> check) {
        return new CustomTypeSafeMatcher<>("step reports and exactly one " + type.getSimpleName()) {
            @Override
            protected boolean matchesSafely(List<CommandMessage<?>> commands) {
                List<Object> outcomes = commands.stream().map(CommandMessage::getPayload)
                        .filter(c -> !(c instanceof RecordMailDomainStepCommand)).map(Object.class::cast).toList();
                return outcomes.size() == 1 && type.isInstance(outcomes.get(0)) && check.test(type.cast(outcomes.get(0)));
            }
        };
    }

    static <T> Matcher<List<CommandMessage<?>>> of(T expected) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) expected.getClass();
        return of(type, expected::equals);
    }

    /** Only step reports, each in {@code state}: no outcome yet. */
    static Matcher<List<CommandMessage<?>>> none(StepState state) {
        return new CustomTypeSafeMatcher<>("only " + state + " step reports") {
            @Override
            protected boolean matchesSafely(List<CommandMessage<?>> commands) {
                return !commands.isEmpty() && commands.stream().allMatch(c -> c.getPayload()
                        instanceof RecordMailDomainStepCommand s && s.step().state() == state);
            }
        };
    }

    /** Among the dispatched commands is this step report. */
    static Matcher<List<CommandMessage<?>>> reported(RecordMailDomainStepCommand step) {
        return new CustomTypeSafeMatcher<>("a step report " + step) {
            @Override
            protected boolean matchesSafely(List<CommandMessage<?>> commands) {
                return commands.stream().anyMatch(c -> step.equals(c.getPayload()));
            }
        };
    }
}
