package eu.dezky.sandbox.stalwart;

/** Aborts the create, update or destroy of one object with a {@link SetError}; other objects go on. */
final class SetErrorException extends RuntimeException {

    private final transient SetError error;

    SetErrorException(SetError error) {
        super(error.type() + ": " + error.description(), null, false, false);
        this.error = error;
    }

    SetError error() {
        return error;
    }
}
