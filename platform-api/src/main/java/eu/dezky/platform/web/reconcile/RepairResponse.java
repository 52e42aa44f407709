package eu.dezky.platform.web.reconcile;

import eu.dezky.api.operation.OperationView;
import eu.dezky.platform.application.reconcile.Repair;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A repair as its caller receives it: the operation (null when nothing needed repair; its steps while running are
 * at the Location), and each re-created member's new one-time password — shown this once, never again.
 */
@Schema(name = "Repair")
public record RepairResponse(String operationId, OperationView operation, List<NewPassword> oneTimePasswords) {

    /** A member's new one-time password for the accounts the repair re-created. */
    @Schema(name = "RepairPassword")
    public record NewPassword(String memberId, String mailbox, String oneTimePassword) {
    }

    static RepairResponse of(Repair.Started started) {
        return new RepairResponse(started.operationId(), started.ended().orElse(null), started.passwords().stream()
                .map(p -> new NewPassword(p.memberId(), p.mailbox(), p.oneTimePassword())).toList());
    }
}
