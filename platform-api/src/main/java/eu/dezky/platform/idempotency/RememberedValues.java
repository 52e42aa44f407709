package eu.dezky.platform.idempotency;

import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Values a request chooses for itself (ids, a one-time password) that a retry with the same {@code Idempotency-Key}
 * must choose alike: the first try's are kept with its key (sealed), so a retry after the engine died mid-request
 * repeats the same request and finds what the first one did, instead of making a second member. Outside a keyed
 * request every call is fresh.
 */
@Component
public class RememberedValues {

    private static final ThreadLocal<String> SCOPE = new ThreadLocal<>();

    private final IdempotencyStore store;

    RememberedValues(IdempotencyStore store) {
        this.store = store;
    }

    /** {@code fresh}'s value on a first try, the first try's value on a retry of a keyed request. */
    public String remember(String name, Supplier<String> fresh) {
        String scope = SCOPE.get();
        return scope == null ? fresh.get() : store.remember(scope, name, fresh);
    }

    /** The keyed request now running on this thread. */
    static void enter(String scope) {
        SCOPE.set(scope);
    }

    static void leave() {
        SCOPE.remove();
    }
}
