package eu.dezky.adapters.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed call to an external system, classified so a saga can decide without parsing vendor text:
 * retry later ({@link Kind#TRANSIENT}), adopt or stop ({@link Kind#CONFLICT}), treat as gone
 * ({@link Kind#NOT_FOUND}), or give up with the vendor's reason ({@link Kind#REJECTED}). A transient failure may be
 * {@link #throttled()}: the system (a 429 with {@code Retry-After}) or our own limiter asked us to come back later,
 * which says nothing about the request, so a saga waits that long without counting it as a failed attempt.
 */
public final class AdapterException extends RuntimeException {

    /** The taxonomy every client maps its vendor's errors to. */
    public enum Kind {
        /** Timeouts, dropped connections, 5xx (but 501), 429: worth retrying later. */
        TRANSIENT,
        /** The object exists and is not ours, or the request races another write. */
        CONFLICT,
        /** The object does not exist. */
        NOT_FOUND,
        /** The vendor refused the request (validation, authentication, permission); retrying will not help. */
        REJECTED
    }

    private final Kind kind;
    private final String target;
    private final int status;
    private final String reason;
    private final transient Duration retryAfter;
    private final boolean throttled;

    /**
     * A failure that is {@link #throttled()} when it is a 429 with a {@code Retry-After}.
     *
     * @param status     HTTP status, or 0 when no response arrived
     * @param reason     the vendor's own explanation (error message or field errors), never a secret
     * @param retryAfter the server's {@code Retry-After}, or null
     */
    public AdapterException(Kind kind, String target, int status, String reason, Duration retryAfter, Throwable cause) {
        this(kind, target, status, reason, retryAfter, cause, kind == Kind.TRANSIENT && status == 429 && retryAfter != null);
    }

    private AdapterException(Kind kind, String target, int status, String reason, Duration retryAfter, Throwable cause,
                             boolean throttled) {
        super(target + ": " + kind + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + reason, cause);
        this.kind = kind;
        this.target = target;
        this.status = status;
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.throttled = throttled;
    }

    /** Shorthand for an error without HTTP status, retry hint or cause. */
    public static AdapterException of(Kind kind, String target, String reason) {
        return new AdapterException(kind, target, 0, reason, null, null);
    }

    /**
     * A call not made (or refused) for the rate's sake, to be tried again after {@code retryAfter}: what a client-side
     * limiter throws instead of holding the caller's thread.
     */
    public static AdapterException throttled(String target, String reason, Duration retryAfter) {
        return new AdapterException(Kind.TRANSIENT, target, 0, reason, retryAfter, null, true);
    }

    public Kind kind() {
        return kind;
    }

    /** Name of the external system, e.g. {@code authentik}. */
    public String target() {
        return target;
    }

    /** HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** The vendor's reason text. */
    public String reason() {
        return reason;
    }

    /** True when the failure only asks us to come back after {@link #retryAfter()}: not a failed attempt. */
    public boolean throttled() {
        return throttled;
    }

    /** How long the server asked us to wait, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
