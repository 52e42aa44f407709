package eu.dezky.platform.web.http;

import eu.dezky.platform.readmodel.StoreUnavailable;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that says "the database cannot be reached" (no connection from the pool, connection refused
 * or lost: SQLSTATE class 08; the read models' MongoDB unreachable or without a primary), as opposed to a fault of
 * the engine. Such a request is answered 503 with Retry-After: the client may retry, with its Idempotency-Key, once
 * the database is back.
 */
final class StoreOutage {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private StoreOutage() {
    }

    static boolean causedBy(Throwable failure) {
        if (StoreUnavailable.causes(failure)) {
            return true; // Spring's "resource failure" of either store, or the MongoDB driver's own words
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
