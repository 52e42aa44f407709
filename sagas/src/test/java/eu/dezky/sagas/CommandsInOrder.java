package eu.dezky.sagas;

import org.axonframework.commandhandling.CommandMessage;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The saga fixtures' matcher of dispatched commands: exactly the expected ones, in order (a record by equality, a
 * predicate by test).
 */
public final class CommandsInOrder {

    private CommandsInOrder() {
    }

    @SuppressWarnings("unchecked")
    public static Matcher<List<? super CommandMessage<?>>> inOrder(Object... expected) {
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
