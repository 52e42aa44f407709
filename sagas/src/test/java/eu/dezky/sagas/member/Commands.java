package eu.dezky.sagas.member;

import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.CommandsInOrder;
import org.axonframework.commandhandling.CommandMessage;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

import java.util.List;
import java.util.function.Predicate;

/** Matchers over the commands a saga dispatched: expected ones in order (records or predicates). */
final class Commands {

    private Commands() {
    }

    static Predicate<Object> failedStep(MemberSystem system, String detail) {
        return stepState(system, StepState.FAILED, detail);
    }

    static Predicate<Object> stepState(MemberSystem system, StepState state, String detail) {
        return c -> c instanceof RecordMemberStepCommand s && s.step().system() == system
                && s.step().state() == state && s.step().detail() != null && s.step().detail().contains(detail);
    }

    static Predicate<Object> failure(String reason) {
        return c -> c instanceof RecordMemberProvisioningFailedCommand f && f.reason().contains(reason);
    }

    /** The dispatched commands, in order, match the expected ones: a record by equality, a predicate by test. */
    static Matcher<List<? super CommandMessage<?>>> inOrder(Object... expected) {
        return CommandsInOrder.inOrder(expected);
    }

    static Matcher<List<? super CommandMessage<?>>> noneContains(String text) {
        return new CustomTypeSafeMatcher<>("no command mentioning the secret") {
            @Override
            protected boolean matchesSafely(List<? super CommandMessage<?>> item) {
                return !item.isEmpty() && item.stream().noneMatch(c -> ((CommandMessage<?>) c).getPayload().toString().contains(text));
            }
        };
    }

    static Matcher<List<? super CommandMessage<?>>> count(Class<?> type, long expected) {
        return new CustomTypeSafeMatcher<>(expected + " × " + type.getSimpleName()) {
            @Override
            protected boolean matchesSafely(List<? super CommandMessage<?>> item) {
                return item.stream().filter(c -> type.isInstance(((CommandMessage<?>) c).getPayload())).count() == expected;
            }
        };
    }
}
