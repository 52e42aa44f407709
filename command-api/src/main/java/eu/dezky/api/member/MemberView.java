package eu.dezky.api.member;

import java.time.Instant;
import java.util.List;

/**
 * A member as the portal shows them, with each system's step (the onboarding operation's progress). {@code reason}
 * is set when onboarding failed. {@code systems} is the state of the member's account in each system and
 * {@code operation} the latest lifecycle operation (suspend, resume …; null before the first). Carries no secret.
 */
public record MemberView(String id, String tenant, String displayName, String username, MemberRole role,
                         String mailbox, MemberStatus status, String reason, List<StepStatus> steps,
                         Instant createdAt, List<SystemAccount> systems, MemberOperationView operation) {
}
