package eu.dezky.projections.operation;

import eu.dezky.api.operation.OperationActor;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import eu.dezky.api.operation.OperationView;
import eu.dezky.api.operation.StepState;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One operation in the {@code operations} collection, keyed by operation id; no secret. */
@Document("operations")
record OperationDocument(@Id String id, String kind, String tenant, OperationTarget target, OperationActor actor,
                         OperationStatus status, String reason, List<OperationStep> steps, Instant startedAt,
                         Instant finishedAt) {

    /** The step of the same system and object replaced by {@code step}, or added after the others. */
    OperationDocument withStep(OperationStep step) {
        List<OperationStep> changed = new ArrayList<>(steps);
        int at = -1;
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).system().equals(step.system()) && Objects.equals(changed.get(i).target(), step.target())) {
                at = i;
            }
        }
        if (at < 0) {
            changed.add(step);
        } else {
            changed.set(at, step);
        }
        return new OperationDocument(id, kind, tenant, target, actor, status, reason, changed, startedAt, finishedAt);
    }

    /**
     * The operation ended with {@code outcome}; a step left needing attention makes it {@code NEEDS_ATTENTION}
     * whatever the outcome, because an operator must still act.
     */
    OperationDocument ended(OperationStatus outcome, String why, Instant at) {
        boolean leftover = steps.stream().anyMatch(s -> s.state() == StepState.NEEDS_ATTENTION);
        return new OperationDocument(id, kind, tenant, target, actor,
                leftover ? OperationStatus.NEEDS_ATTENTION : outcome, why, steps, startedAt, at);
    }

    OperationDocument runningAgain() {
        return new OperationDocument(id, kind, tenant, target, actor, OperationStatus.RUNNING, null, steps, startedAt,
                null);
    }

    OperationView toView() {
        return new OperationView(id, kind, tenant, target, actor, status, reason, List.copyOf(steps), startedAt,
                finishedAt);
    }
}
