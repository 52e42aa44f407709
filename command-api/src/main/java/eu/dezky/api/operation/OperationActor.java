package eu.dezky.api.operation;

/** Who started an operation: the token's subject and audience ({@code customer-admin}, {@code partner}, {@code operator}). */
public record OperationActor(String subject, String audience) {
}
