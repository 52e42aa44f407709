package eu.dezky.platform.readmodel;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a read-model store that could not be reached (MongoDB down, timing out, electing a primary) from a failure of
 * the handler itself: the first passes once the store is back, so the events it met must be retried, never parked or
 * skipped.
 */
public final class StoreUnavailable {

    private StoreUnavailable() {
    }

    /** Whether {@code failure} or any of its causes says the store could not be reached rather than refused. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                    || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }
}
