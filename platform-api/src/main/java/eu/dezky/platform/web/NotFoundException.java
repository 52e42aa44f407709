package eu.dezky.platform.web;

/** The addressed resource does not exist; answered with 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
