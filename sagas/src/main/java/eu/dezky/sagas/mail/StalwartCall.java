package eu.dezky.sagas.mail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.Attempts;
import org.axonframework.deadline.DeadlineManager;

/**
 * The Stalwart call an alias or list saga has in progress, kept in the saga's state: its failed tries and its
 * pending retry deadline. Both sagas make one call per operation (add, change, remove, undo …) and handle what
 * happens around it alike: a new operation cancels the previous one's pending retry and starts counting afresh; a
 * transient failure, or an object Stalwart does not find yet, is retried on the persistent deadline manager until
 * the attempts run out; anything else, or running out, gives the reason the saga gives up with. What giving up means
 * (undo, needs-attention) stays with each saga.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class StalwartCall {

    private Attempts attempts = Attempts.NONE;
    /** The pending retry deadline, so that a new operation can cancel it; null when none is pending. */
    private String retryId;

    /** Begins the next operation: a retry still pending for the previous one is cancelled, attempts start at 0. */
    void restart(DeadlineManager deadlines, String retryDeadline) {
        if (retryId != null) {
            deadlines.cancelSchedule(retryDeadline, retryId);
            retryId = null;
        }
        attempts = Attempts.NONE;
    }

    /** The retry deadline fired: nothing is pending any more. */
    void retrying() {
        retryId = null;
    }

    /**
     * Counts a retryable failure and, while the attempts allow, schedules the retry as {@code retryDeadline}.
     *
     * @return true when a retry is scheduled; false when the call failed for good and the saga must give up with
     * {@link #giveUpReason}
     */
    boolean retryLater(AdapterException failure, MailSagaSettings settings, DeadlineManager deadlines,
                       String retryDeadline) {
        if (failure.kind() != AdapterException.Kind.TRANSIENT && failure.kind() != AdapterException.Kind.NOT_FOUND) {
            return false;
        }
        attempts = attempts.failed();
        if (!attempts.allowRetry(settings.stalwartAttempts())) {
            return false;
        }
        retryId = deadlines.schedule(attempts.nextDelay(settings.backoff(), failure), retryDeadline);
        return true;
    }

    /**
     * Why the saga gives up after {@code failure}, in words a person can act on.
     *
     * @param verb    what the call was to do, e.g. "add the alias a@example.org on b@example.org"
     * @param address the alias's or list's address
     */
    String giveUpReason(AdapterException failure, String verb, MailAddress address) {
        return switch (failure.kind()) {
            case TRANSIENT, NOT_FOUND -> "Stalwart did not " + verb + " after " + attempts.count()
                    + " attempts (last: " + failure.reason() + "); check that it is reachable";
            case CONFLICT -> "Stalwart already uses " + address + " for something dezky did not create ("
                    + failure.reason() + "); an operator must remove it there";
            case REJECTED -> "Stalwart refused to " + verb + ": " + failure.reason();
        };
    }

    /** Failed tries of the current operation so far. */
    int attempts() {
        return attempts.count();
    }

    /** The step as the sagas report it: the limit is shown where it explains the state (retrying n of m, failed). */
    static MailStep status(MailSagaSettings settings, StepState state, int attempt, String detail) {
        int max = state == StepState.RETRYING || state == StepState.FAILED ? settings.stalwartAttempts() : 0;
        return new MailStep(state, attempt, max, detail, null);
    }
}
