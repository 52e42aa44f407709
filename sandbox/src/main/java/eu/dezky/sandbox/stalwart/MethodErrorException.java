package eu.dezky.sandbox.stalwart;

/** Fails one whole method call with {@code ["error",{"type":…,"description":…},callId]}. */
final class MethodErrorException extends RuntimeException {

    private final String type;

    MethodErrorException(String type, String description) {
        super(description, null, false, false);
        this.type = type;
    }

    String type() {
        return type;
    }
}
