package eu.dezky.api.operation;

/**
 * A message that starts or belongs to one operation. The engine records the operation's id on the message's metadata,
 * from where every event and saga command it causes inherits it (the audit trail's "as part of which operation").
 */
public interface OperationScoped {

    String operationId();
}
