package eu.dezky.platform.application.operation;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.operation.FindOperationQuery;
import eu.dezky.api.operation.FindOperationsQuery;
import eu.dezky.api.operation.OperationCursor;
import eu.dezky.api.operation.OperationList;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationView;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.ReadModelWait;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * The operations read model as the routes use it: one operation of a tenant, a page of them, the one running on a
 * target, and waiting until an operation a 202 is about to point at can be read (the operations projection may be a
 * moment behind the aggregate that started it).
 */
@Component
public class Operations {

    /** Longest page; the default is smaller. */
    public static final int MAX_LIMIT = 200;

    private final QueryGateway queries;
    private final ReadModelWait readModel;

    Operations(QueryGateway queries, ReadModelWait readModel) {
        this.queries = queries;
        this.readModel = readModel;
    }

    public OperationView get(TenantId tenant, String operationId) {
        return find(tenant, operationId)
                .orElseThrow(() -> new NotFoundException("the tenant has no operation " + InvalidValueException.quote(operationId)));
    }

    public Optional<OperationView> find(TenantId tenant, String operationId) {
        return queries.query(new FindOperationQuery(tenant, operationId),
                ResponseTypes.optionalInstanceOf(OperationView.class)).join();
    }

    /** Newest first; {@code target} and {@code status} narrow the list when given; a bad cursor is a 400. */
    public OperationList list(TenantId tenant, String target, OperationStatus status, String cursor, int limit) {
        OperationCursor.parse(cursor);
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        return queries.query(new FindOperationsQuery(tenant, target, status, cursor, size),
                ResponseTypes.instanceOf(OperationList.class)).join();
    }

    /** The operation running on {@code target} (a member id, an address, a domain), if any. */
    public Optional<String> runningOn(TenantId tenant, String target) {
        return list(tenant, target, OperationStatus.RUNNING, null, 1).operations().stream()
                .map(OperationView::id).findFirst();
    }

    /** Waits up to {@code timeout} until the operation reads as ended; false if it does not yet. */
    public boolean awaitEnded(TenantId tenant, String operationId, Duration timeout) {
        return readModel.sendThenAwait(() -> { }, new FindOperationQuery(tenant, operationId), OperationView.class,
                operation -> operation.status().ended(), timeout).isPresent();
    }

    /** Waits up to {@code timeout} until the operation can be read; false if it still cannot. */
    public boolean awaitReadable(TenantId tenant, String operationId, Duration timeout) {
        return readModel.sendThenAwait(() -> { }, new FindOperationQuery(tenant, operationId), OperationView.class,
                timeout).isPresent();
    }

    /**
     * Waits up to {@code timeout} until the operation reads as running (an operation started again, such as a retried
     * offboarding, still reads as it ended until then); false if it does not yet.
     */
    public boolean awaitRunning(TenantId tenant, String operationId, Duration timeout) {
        return readModel.sendThenAwait(() -> { }, new FindOperationQuery(tenant, operationId), OperationView.class,
                operation -> !operation.status().ended(), timeout).isPresent();
    }
}
