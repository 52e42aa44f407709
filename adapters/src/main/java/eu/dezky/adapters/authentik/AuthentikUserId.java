package eu.dezky.adapters.authentik;

/** Authentik's integer user pk, the id used in {@code /core/users/{id}/}. */
public record AuthentikUserId(int value) {

    /** Authentik pks start at 1. */
    public AuthentikUserId {
        if (value < 1) {
            throw new IllegalArgumentException("user pk must be positive: " + value);
        }
    }
}
