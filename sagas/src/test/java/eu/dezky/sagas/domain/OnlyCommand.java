package eu.dezky.sagas.domain;

import org.axonframework.commandhandling.CommandMessage;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

import java.util.List;
import java.util.function.Predicate;

/** Matches the dispatched commands when there is exactly one, of the given type, satisfying a check. */
final class OnlyCommand {

    private OnlyCommand() {
    }

    static <T> Matcher<List<CommandMessage<?>>> of(Class<T> type, Predicate<T> check) {
        return new CustomTypeSafeMatcher<>("exactly one " + type.getSimpleName()) {
            @Override
            protected boolean matchesSafely(List<CommandMessage<?>> commands) {
                return commands.size() == 1 && type.isInstance(commands.get(0).getPayload())
                        && check.test(type.cast(commands.get(0).getPayload()));
            }
        };
    }

    static <T> Matcher<List<CommandMessage<?>>> of(Class<T> type) {
        return of(type, c -> true);
    }
}
