package eu.dezky.adapters.http;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Hears every attempt an {@link HttpExecutor} makes: which system, how it ended, how long it took, and whether it is
 * a retry. The engine turns this into metrics; the adapters stay free of any metrics library.
 */
public interface CallListener {

    /** Hears nothing. */
    CallListener NONE = (system, outcome, elapsed, attempt) -> { };

    /** How one attempt ended. */
    enum Outcome {
        /** 1xx–3xx. */
        SUCCESS,
        CLIENT_ERROR,
        /** 429: the system asks us to slow down. */
        RATE_LIMITED,
        SERVER_ERROR,
        /** No answer within the connect, read or call timeout. */
        TIMEOUT,
        /** No answer at all: refused, reset, unknown host. */
        UNREACHABLE;

        /** The outcome of an answer with {@code status}. */
        public static Outcome of(int status) {
            return status == 429 ? RATE_LIMITED : status >= 500 ? SERVER_ERROR : status >= 400 ? CLIENT_ERROR : SUCCESS;
        }

        /** The outcome of an attempt that got no answer. */
        public static Outcome of(Exception failure) {
            return failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException
                    ? TIMEOUT : UNREACHABLE;
        }
    }

    /**
     * One attempt ended.
     *
     * @param system  the target's name ({@code authentik}, {@code stalwart}, {@code ocis})
     * @param attempt 1 for the first try, more for the executor's own retries
     */
    void attempted(String system, Outcome outcome, Duration elapsed, int attempt);
}
