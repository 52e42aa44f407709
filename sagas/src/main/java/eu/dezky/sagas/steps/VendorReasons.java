package eu.dezky.sagas.steps;

import eu.dezky.adapters.http.AdapterException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Translates a vendor's error into words a tenant admin can act on: the error codes Stalwart (JMAP SetError and
 * method-error types, reference "Stalwart JMAP management"), oCIS (libregraph {@code error.code}, B2) and Authentik
 * (DRF field errors, A3) answer with, else the HTTP status. The first matching row wins; the vendor's own text stays
 * in the operation's step detail for operators.
 */
final class VendorReasons {

    private static final String VALUE = "it does not accept a value of the request (a name or an address)";
    private static final String CREDENTIALS = "it refused the engine's credentials (an operator must renew them)";
    private static final String PERMISSION = "the engine is not permitted to do this there (an operator must"
            + " check the engine's permissions)";

    /** Vendor error codes (and Authentik's field names), matched as whole words in the vendor's reason. */
    private static final List<Row> CODES = List.of(
            // Stalwart
            row("invalidForeignKey", "it does not know the mail domain (or group) this refers to (check the"
                    + " tenant's mail domain: recheck it, or remove and add it again)"),
            row("primaryKeyViolation", "the address is already used there by something dezky did not create"
                    + " (choose another address, or an operator removes the other one)"),
            row("objectIsLinked", "other objects there still use it"),
            row("validationFailed", VALUE),
            row("invalidProperties", VALUE),
            row("invalidPatch", VALUE),
            row("overQuota", "its limit of objects is reached (an operator must raise it)"),
            row("forbidden", PERMISSION),
            // oCIS (libregraph)
            row("invalidRequest", VALUE),
            row("nameAlreadyExists", "it already has a user of this name that dezky did not create (an operator"
                    + " must remove or rename it there)"),
            row("quotaLimitReached", "its storage quota is used up (an operator must raise it)"),
            row("accessDenied", PERMISSION),
            row("InvalidAuthenticationToken", CREDENTIALS),
            row("activityLimitReached", "it kept asking the engine to slow down"),
            row("serviceNotAvailable", "it was not available"),
            // Authentik field errors
            row("\"username\"", "it does not accept the username (choose another one)"),
            row("\"email\"", "it does not accept the mailbox address as e-mail (check the mail domain)"),
            row("\"name\"", "it does not accept the display name"),
            row("\"password\"", "its password policy refused the one-time password (an operator must align"
                    + " the policy with the engine's passwords)"));

    private VendorReasons() {
    }

    /** Why {@code error} happened, in an admin's words; an error without an answer and not transient is ours. */
    static String explain(AdapterException error) {
        String raw = error.reason() == null ? "" : error.reason();
        if (error.status() == 0 && error.kind() != AdapterException.Kind.TRANSIENT) {
            return raw;
        }
        for (Row row : CODES) {
            if (row.code().matcher(raw).find()) {
                return row.words();
            }
        }
        return byStatus(error);
    }

    private static String byStatus(AdapterException error) {
        int status = error.status();
        if (error.throttled() || status == 429) {
            return "it kept asking the engine to slow down";
        }
        return switch (status) {
            case 0 -> "it did not answer (connection failed or timed out)";
            case 400, 422 -> VALUE;
            case 401 -> CREDENTIALS;
            case 403 -> PERMISSION;
            case 404 -> "it does not know an object the request refers to";
            case 409 -> "it holds a conflicting object";
            default -> status >= 500 ? "it had an internal error (HTTP " + status + ")"
                    : "it refused the request (HTTP " + status + "; the operation's step shows its answer)";
        };
    }

    private static Row row(String code, String words) {
        return new Row(Pattern.compile("(?<!\\w)" + Pattern.quote(code) + "(?!\\w)"), words);
    }

    private record Row(Pattern code, String words) {
    }
}
