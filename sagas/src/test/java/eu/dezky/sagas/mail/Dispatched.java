package eu.dezky.sagas.mail;

import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.RecordMailAliasStepCommand;
import eu.dezky.api.mail.RecordMailingListStepCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.CommandsInOrder;
import org.axonframework.commandhandling.CommandMessage;
import org.hamcrest.Matcher;

import java.util.List;
import java.util.function.Predicate;

/** Matchers over the commands a mail saga dispatched: expected ones in order (records by equality, or predicates). */
final class Dispatched {

    private Dispatched() {
    }

    /** A step report of {@code state} whose detail contains {@code detail} (null: any detail). */
    static Predicate<Object> step(StepState state, String detail) {
        return c -> {
            MailStep step = c instanceof RecordMailAliasStepCommand a ? a.step()
                    : c instanceof RecordMailingListStepCommand l ? l.step() : null;
            return step != null && step.state() == state
                    && (detail == null || step.detail() != null && step.detail().contains(detail));
        };
    }

    static <T> Predicate<Object> command(Class<T> type, Predicate<T> test) {
        return c -> type.isInstance(c) && test.test(type.cast(c));
    }

    /** The dispatched commands, in order, match the expected ones: a record by equality, a predicate by test. */
    static Matcher<List<? super CommandMessage<?>>> inOrder(Object... expected) {
        return CommandsInOrder.inOrder(expected);
    }
}
