package eu.dezky.platform.application.mail;

/**
 * An alias or list operation the engine accepted: its id, the object as the read model shows it ({@code settled}
 * when the operation ended within the wait, else as it is now; null if not shown yet).
 */
public record MailChange<V>(String operationId, V view, boolean settled) {
}
