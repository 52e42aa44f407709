package eu.dezky.platform.web;

/** The caller asked to act on their own membership in a way that could lock them out; answered with 403. */
class SelfActionException extends RuntimeException {

    private final String action;

    SelfActionException(String action) {
        super("you cannot " + action + " yourself; ask another admin of the tenant");
        this.action = action;
    }

    String action() {
        return action;
    }
}
