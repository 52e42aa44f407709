package eu.dezky.sandbox.fault;

import java.time.Duration;

/**
 * What a simulator must do with one request, as decided by {@link FaultInjector#decide(String)}.
 * {@link Proceed} carries the latency to add before handling the request normally.
 */
public sealed interface Fault {

    /** Handle the request normally, after waiting {@code latency} (zero for none). */
    record Proceed(Duration latency) implements Fault {
    }

    /** Answer with {@code status} and no real processing; {@code retryAfter} is null unless throttling. */
    record Fail(int status, Duration retryAfter) implements Fault {
    }

    /** Hold the request without answering until the client gives up or the injector is cleared. */
    record Hang() implements Fault {
    }

    /** Close the connection without sending any response, as a crashing server would. */
    record Crash() implements Fault {
    }

    /**
     * Handle the request normally, then close the connection instead of answering: the change is made, the client
     * never learns it (a server crashing after its commit, a proxy timing out).
     */
    record LoseAnswer() implements Fault {
    }
}
