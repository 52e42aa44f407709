package eu.dezky.adapters.dns;

/**
 * Outcome of checking one record, or of a whole verification.
 */
public enum CheckStatus {
    /** Published as expected. */
    OK,
    /** The name does not exist (NXDOMAIN) or holds no record of this kind (NOERROR, no data). */
    MISSING,
    /** A record of this kind exists but does not say what we expect, or is ambiguous (two SPF records). */
    MISMATCH,
    /**
     * We could not get an answer (timeout, SERVFAIL, REFUSED, network error). Kept apart from
     * {@link #MISSING} because "we could not ask" is not "it is absent": the caller should retry, not
     * tell the customer to add a record.
     */
    LOOKUP_FAILED
}
