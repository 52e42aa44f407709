package eu.dezky.api.domain;

/** One record's verification outcome. LOOKUP_FAILED means "we could not ask", which is not "it is missing". */
public enum RecordCheckStatus {
    OK, MISSING, MISMATCH, LOOKUP_FAILED
}
