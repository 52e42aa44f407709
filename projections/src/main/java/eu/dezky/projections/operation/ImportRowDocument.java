package eu.dezky.projections.operation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which import row a member came from, keyed by member id, so the member's own events find the step to update: the
 * import's operation id and the row's position among its steps.
 */
@Document("member-import-rows")
record ImportRowDocument(@Id String memberId, String operationId, int step, int row, String mailbox) {
}
