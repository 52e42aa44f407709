package eu.dezky.platform.web.member;

/** The caller asked to act on their own membership in a way that could lock them out; answered with 403. */
public class SelfActionException extends RuntimeException {

    private final String action;

    SelfActionException(String action) {
        super("you cannot " + action + " yourself; ask another admin of the tenant");
        this.action = action;
    }

    public String action() {
        return action;
    }
}
