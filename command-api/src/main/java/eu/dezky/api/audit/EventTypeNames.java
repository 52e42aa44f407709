package eu.dezky.api.audit;

/**
 * The name an event type goes by wherever people see it (audit entries and their {@code type} filter, an operator's
 * dead letters): its simple class name without the {@code Event} suffix, so both name an event alike.
 */
public final class EventTypeNames {

    private EventTypeNames() {
    }

    /** {@code MemberOperationCompletedEvent} → {@code MemberOperationCompleted}. */
    public static String of(Class<?> eventType) {
        String name = eventType.getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }
}
