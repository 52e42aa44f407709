package eu.dezky.api.reconcile;

/** An integration's verdict: everything as expected, something differs, or it could not be compared (the reason says why). */
public enum IntegrationStatus {
    OK, DRIFT, ERROR
}
