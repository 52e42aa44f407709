package eu.dezky.adapters.stalwart;

import java.util.List;
import java.util.Optional;

/**
 * Stalwart's own account of a failure (a SetError or a method error): its {@code type}, description,
 * blamed properties and, for {@code objectIsLinked}, the objects still holding a reference.
 *
 * <p>Why a cause and not a subclass: {@link eu.dezky.adapters.http.AdapterException} is the shared,
 * vendor-neutral taxonomy and is final; the JMAP details ride along as its cause, so a saga switches
 * on the kind and reads the linked objects typed through {@link #of(Throwable)}. Never thrown itself.
 */
public final class StalwartError extends Exception {

    private final String type;
    private final String description;
    private final List<String> properties;
    private final List<LinkedObject> linkedObjects;

    StalwartError(String type, String description, List<String> properties, List<LinkedObject> linkedObjects) {
        super(type + (description == null ? "" : ": " + description), null, false, false);
        this.type = type;
        this.description = description;
        this.properties = List.copyOf(properties);
        this.linkedObjects = List.copyOf(linkedObjects);
    }

    /** The Stalwart error found in {@code failure}'s cause chain, if any. */
    public static Optional<StalwartError> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StalwartError error) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    /** E.g. {@code objectIsLinked}, {@code primaryKeyViolation}, {@code unknownMethod}. */
    public String type() {
        return type;
    }

    /** The vendor's description, or null when it sent none. */
    public String description() {
        return description;
    }

    /** The properties Stalwart blamed, e.g. {@code ["email"]}. */
    public List<String> properties() {
        return properties;
    }

    /** For {@code objectIsLinked}: what still refers to the object. */
    public List<LinkedObject> linkedObjects() {
        return linkedObjects;
    }
}
