package eu.dezky.sandbox.stalwart;

import java.time.Duration;

/**
 * What the simulator does with one request: pass (optionally after {@code latency}), answer an HTTP
 * error status, answer {@code 429} with {@code Retry-After}, hang until the client gives up, drop the
 * connection before processing, or process the request and then drop the connection (the response
 * is lost although the change happened).
 */
public record Fault(Kind kind, Duration latency, int status, Duration retryAfter) {

    /** The kinds of fault. */
    public enum Kind { PASS, STATUS, TOO_MANY_REQUESTS, HANG, DROP_BEFORE, DROP_AFTER }

    public Fault {
        latency = latency == null ? Duration.ZERO : latency;
        retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public static Fault none() {
        return new Fault(Kind.PASS, Duration.ZERO, 0, Duration.ZERO);
    }

    public static Fault latency(Duration latency) {
        return new Fault(Kind.PASS, latency, 0, Duration.ZERO);
    }

    public static Fault status(int status) {
        return new Fault(Kind.STATUS, Duration.ZERO, status, Duration.ZERO);
    }

    public static Fault tooManyRequests(Duration retryAfter) {
        return new Fault(Kind.TOO_MANY_REQUESTS, Duration.ZERO, 429, retryAfter);
    }

    public static Fault hang() {
        return new Fault(Kind.HANG, Duration.ZERO, 0, Duration.ZERO);
    }

    public static Fault dropBefore() {
        return new Fault(Kind.DROP_BEFORE, Duration.ZERO, 0, Duration.ZERO);
    }

    public static Fault dropAfter() {
        return new Fault(Kind.DROP_AFTER, Duration.ZERO, 0, Duration.ZERO);
    }

    /** The same fault, delayed by {@code extra} first. */
    public Fault withLatency(Duration extra) {
        return new Fault(kind, latency.plus(extra), status, retryAfter);
    }
}
