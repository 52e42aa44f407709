package eu.dezky.adapters.stalwart;

import java.time.Duration;
import java.util.List;

/**
 * A failed Stalwart call, classified for the caller: retry later ({@link Kind#TRANSIENT}), the object
 * clashes with or is held by another ({@link Kind#CONFLICT}), it does not exist ({@link Kind#NOT_FOUND})
 * or Stalwart refused the request for a reason a person must read ({@link Kind#REJECTED}).
 *
 * <p>Why local: the shared {@code AdapterException} of {@code eu.dezky.adapters.http} was not on this
 * branch when the client was written; the kinds are the same so the swap is mechanical.
 */
public final class StalwartException extends RuntimeException {

    /** The adapter error taxonomy. */
    public enum Kind { TRANSIENT, CONFLICT, NOT_FOUND, REJECTED }

    private final Kind kind;
    private final String vendorType;
    private final List<String> properties;
    private final List<LinkedObject> linkedObjects;
    private final transient Duration retryAfter;

    public StalwartException(Kind kind, String vendorType, String message, List<String> properties,
                             List<LinkedObject> linkedObjects, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.vendorType = vendorType;
        this.properties = properties == null ? List.of() : List.copyOf(properties);
        this.linkedObjects = linkedObjects == null ? List.of() : List.copyOf(linkedObjects);
        this.retryAfter = retryAfter;
    }

    static StalwartException of(Kind kind, String vendorType, String message) {
        return new StalwartException(kind, vendorType, message, List.of(), List.of(), null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Stalwart's own error type ({@code objectIsLinked}, {@code unknownMethod}, {@code http-503}, …). */
    public String vendorType() {
        return vendorType;
    }

    /** The properties Stalwart blamed, e.g. {@code ["email"]}. */
    public List<String> properties() {
        return properties;
    }

    /** For {@code objectIsLinked}: the objects that still hold a reference. */
    public List<LinkedObject> linkedObjects() {
        return linkedObjects;
    }

    /** The server's {@code Retry-After}, when it sent one; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }
}
