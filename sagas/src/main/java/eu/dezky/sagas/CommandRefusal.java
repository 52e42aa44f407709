package eu.dezky.sagas;

import eu.dezky.api.common.RuleViolationException;

import java.util.concurrent.CompletionException;

/**
 * What a saga learns from a command that failed asynchronously ({@code commandGateway.send(...)}): the failure itself
 * rather than the future's wrapper, its problem code and its message for an operation's reason.
 */
public final class CommandRefusal {

    private CommandRefusal() {
    }

    /** The failure a future completed with, without the {@link CompletionException} around it. */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** The problem code of a refused command ({@code member-suspended} …), or null for another failure. */
    public static String code(Throwable failure) {
        return cause(failure) instanceof RuleViolationException violation ? violation.code() : null;
    }

    /** Why it failed, in words: the message, else the failure's kind. */
    public static String reason(Throwable failure) {
        Throwable cause = cause(failure);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
