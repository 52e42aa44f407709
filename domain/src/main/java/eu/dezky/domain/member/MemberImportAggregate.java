package eu.dezky.domain.member;

import eu.dezky.api.member.MemberImportRow;
import eu.dezky.api.member.MemberImportRowRefusedEvent;
import eu.dezky.api.member.MemberImportStartedEvent;
import eu.dezky.api.member.RefuseMemberImportRowCommand;
import eu.dezky.api.member.StartMemberImportCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member import: which rows it creates and which it refused. The members themselves are their own aggregates; this
 * one only records the import's rows so its operation can show a status per row. A row is refused once at most.
 */
@AggregateRoot(type = "MemberImport")
public class MemberImportAggregate {

    @AggregateIdentifier
    private String operationId;
    private TenantId tenantId;
    /** The rows still to create, by row number: refusing one takes it out. */
    private final Map<Integer, MemberImportRow> open = new HashMap<>();

    MemberImportAggregate() {
    }

    @CommandHandler
    MemberImportAggregate(StartMemberImportCommand command) {
        apply(new MemberImportStartedEvent(command.operationId(), command.tenantId(), command.rows()));
    }

    @CommandHandler
    void handle(RefuseMemberImportRowCommand command) {
        MemberImportRow row = open.get(command.row());
        if (row != null) {
            apply(new MemberImportRowRefusedEvent(operationId, tenantId, row.row(), row.memberId(), command.reason()));
        }
    }

    @EventSourcingHandler
    void on(MemberImportStartedEvent event) {
        operationId = event.operationId();
        tenantId = event.tenantId();
        event.rows().stream().filter(row -> row.refusal() == null).forEach(row -> open.put(row.row(), row));
    }

    @EventSourcingHandler
    void on(MemberImportRowRefusedEvent event) {
        open.remove(event.row());
    }
}
