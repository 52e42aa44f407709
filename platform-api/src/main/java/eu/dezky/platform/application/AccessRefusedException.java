package eu.dezky.platform.application;

/** The caller may not do this to that object (beyond the tenant policy, which has already let them in); a 403. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
