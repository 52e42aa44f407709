package eu.dezky.api.operation;

import java.util.List;

/** A page of operations, newest first; {@code nextCursor} asks for the next page (null after the last). */
public record OperationList(List<OperationView> operations, String nextCursor) {
}
