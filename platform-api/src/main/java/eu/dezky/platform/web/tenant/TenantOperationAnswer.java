package eu.dezky.platform.web.tenant;

import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.tenant.TenantOperationKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** The 202 of a tenant operation (suspend, resume, offboarding): its id and kind; Location points at it. */
@Schema(name = "TenantOperationStarted")
record TenantOperationAnswer(String id, String kind, OperationStatus status, String tenant) {

    static TenantOperationAnswer running(String operationId, TenantOperationKind kind, String slug) {
        return new TenantOperationAnswer(operationId, kind.operation().wireName(), OperationStatus.RUNNING, slug);
    }
}
