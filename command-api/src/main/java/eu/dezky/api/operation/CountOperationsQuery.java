package eu.dezky.api.operation;

/** How many operations there are of each kind in each status, platform-wide; answered with {@link OperationCounts}. */
public record CountOperationsQuery() {
}
