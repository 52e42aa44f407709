package eu.dezky.adapters.notifications;

import eu.dezky.adapters.notifications.payload.PublicData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rules that turn internal events into public ones. An internal event matches at most one rule (the first whose
 * condition holds); one without a rule is not public. Every type a rule can emit is known up front, so the AsyncAPI
 * document can be checked against {@link #types()}.
 */
public final class Catalogue {

    private final Map<Class<?>, List<Rule<?>>> rules;

    private Catalogue(Map<Class<?>, List<Rule<?>>> rules) {
        this.rules = rules;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether events of {@code internalType} can be public: the publisher skips the others without reading them. */
    public boolean maps(Class<?> internalType) {
        return rules.containsKey(internalType);
    }

    /** The public event {@code internalEvent} becomes, if any. */
    public Optional<PublicEvent> map(Object internalEvent) {
        for (Rule<?> rule : rules.getOrDefault(internalEvent.getClass(), List.of())) {
            Optional<PublicEvent> event = rule.apply(internalEvent);
            if (event.isPresent()) {
                return event;
            }
        }
        return Optional.empty();
    }

    /** Every public type some rule can emit, in declaration order. */
    public Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        rules.values().forEach(list -> list.forEach(rule -> types.add(rule.type())));
        return Collections.unmodifiableSet(types);
    }

    private record Rule<E>(Class<E> on, Predicate<E> when, String type, Function<E, PublicData> data) {

        Optional<PublicEvent> apply(Object internal) {
            E event = on.cast(internal);
            return when.test(event) ? Optional.of(new PublicEvent(type, data.apply(event))) : Optional.empty();
        }
    }

    /** Collects the rules; {@link #map} is the one-line way to add a public type. */
    public static final class Builder {

        private final Map<Class<?>, List<Rule<?>>> rules = new LinkedHashMap<>();

        private Builder() {
        }

        /** Every {@code on} event becomes a {@code type} event with payload {@code data}. */
        public <E> Builder map(Class<E> on, String type, Function<E, PublicData> data) {
            return map(on, event -> true, type, data);
        }

        /** An {@code on} event for which {@code when} holds becomes a {@code type} event with payload {@code data}. */
        public <E> Builder map(Class<E> on, Predicate<E> when, String type, Function<E, PublicData> data) {
            rules.computeIfAbsent(on, key -> new ArrayList<>()).add(new Rule<>(on, when, type, data));
            return this;
        }

        public Catalogue build() {
            Map<Class<?>, List<Rule<?>>> copy = new LinkedHashMap<>();
            rules.forEach((type, list) -> copy.put(type, List.copyOf(list)));
            return new Catalogue(Collections.unmodifiableMap(copy));
        }
    }
}
