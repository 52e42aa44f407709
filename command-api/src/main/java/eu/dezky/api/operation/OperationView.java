package eu.dezky.api.operation;

import java.time.Instant;
import java.util.List;

/**
 * A long-running operation, the one thing every 202 points at: its kind, what it acts on, who started it, where it
 * stands with each step, and why it failed. {@code kind} is the wire name; {@code actor} is null for an operation the
 * engine started itself. Carries no secret.
 */
public record OperationView(String id, String kind, String tenant, OperationTarget target, OperationActor actor,
                            OperationStatus status, String reason, List<OperationStep> steps, Instant startedAt,
                            Instant finishedAt) {
}
