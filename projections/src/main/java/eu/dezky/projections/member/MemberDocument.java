package eu.dezky.projections.member;

import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.StepStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One member in the {@code members} collection, keyed by member id; no secret and no vault reference. */
@Document("members")
record MemberDocument(@Id String id, @Indexed String tenant, String displayName, String username, MemberRole role,
                      String mailbox, MemberStatus status, String reason, List<StepStatus> steps, Instant createdAt) {

    MemberDocument withStep(StepStatus step) {
        List<StepStatus> changed = new ArrayList<>(steps);
        changed.replaceAll(s -> s.system() == step.system() ? step : s);
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, status, reason, changed, createdAt);
    }

    MemberDocument withSteps(List<StepStatus> replaced) {
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, status, reason,
                new ArrayList<>(replaced), createdAt);
    }

    MemberDocument withOutcome(MemberStatus outcome, String why) {
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, outcome, why, steps, createdAt);
    }

    static List<StepStatus> pendingSteps() {
        return List.of(StepStatus.pending(MemberSystem.SSO), StepStatus.pending(MemberSystem.MAILBOX),
                StepStatus.pending(MemberSystem.FILES));
    }

    MemberView toView() {
        return new MemberView(id, tenant, displayName, username, role, mailbox, status, reason, List.copyOf(steps),
                createdAt);
    }
}
