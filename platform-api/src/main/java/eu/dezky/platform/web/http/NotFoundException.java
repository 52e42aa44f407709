package eu.dezky.platform.web.http;

/** The addressed resource does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
