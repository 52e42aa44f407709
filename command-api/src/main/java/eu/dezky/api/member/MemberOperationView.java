package eu.dezky.api.member;

import eu.dezky.api.operation.OperationStatus;
import java.time.Instant;
import java.util.List;

/**
 * A lifecycle operation as the portal polls it: each system's step and, once failed, a reason a person can act on.
 * {@code kind} is the wire name ({@code member-suspend} …). Carries no secret.
 */
public record MemberOperationView(String id, String kind, String tenant, String member, OperationStatus status,
                                  String reason, List<StepStatus> steps, Instant startedAt) {
}
