package eu.dezky.sagas.mail;

import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.RecordMailAliasStepCommand;
import eu.dezky.api.mail.RecordMailingListStepCommand;
import eu.dezky.api.member.StepState;
import org.axonframework.commandhandling.CommandMessage;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

import java.util.Arrays;
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

    @SuppressWarnings("unchecked")
    static Matcher<List<? super CommandMessage<?>>> inOrder(Object... expected) {
        return new CustomTypeSafeMatcher<>("commands " + Arrays.toString(expected)) {
            @Override
            protected boolean matchesSafely(List<? super CommandMessage<?>> item) {
                if (item.size() != expected.length) {
                    return false;
                }
                for (int i = 0; i < expected.length; i++) {
                    Object payload = ((CommandMessage<?>) item.get(i)).getPayload();
                    boolean ok = expected[i] instanceof Predicate<?> p ? ((Predicate<Object>) p).test(payload)
                            : expected[i].equals(payload);
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            }
        };
    }
}
