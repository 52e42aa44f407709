package eu.dezky.projections.member;

import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.member.StepStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One lifecycle operation in the {@code member_operations} collection, keyed by operation id; no secret. */
@Document("member_operations")
record MemberOperationDocument(@Id String id, String kind, String tenant, String member, OperationStatus status,
                               String reason, List<StepStatus> steps, Instant startedAt) {

    MemberOperationDocument withStep(StepStatus step) {
        List<StepStatus> changed = new ArrayList<>(steps);
        changed.replaceAll(s -> s.system() == step.system() ? step : s);
        return new MemberOperationDocument(id, kind, tenant, member, status, reason, changed, startedAt);
    }

    MemberOperationDocument withOutcome(OperationStatus outcome, String why) {
        return new MemberOperationDocument(id, kind, tenant, member, outcome, why, steps, startedAt);
    }

    MemberOperationView toView() {
        return new MemberOperationView(id, kind, tenant, member, status, reason, List.copyOf(steps), startedAt);
    }
}
