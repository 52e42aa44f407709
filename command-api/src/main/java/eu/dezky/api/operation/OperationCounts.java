package eu.dezky.api.operation;

import java.util.List;

/** The number of operations per kind and status. */
public record OperationCounts(List<Count> counts) {

    /** {@code count} operations of {@code kind} are in {@code status}. */
    public record Count(String kind, OperationStatus status, long count) {
    }
}
