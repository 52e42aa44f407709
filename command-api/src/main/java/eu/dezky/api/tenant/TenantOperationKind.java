package eu.dezky.api.tenant;

import eu.dezky.api.operation.OperationKind;

/** The operations on a whole tenant; one runs at a time. */
public enum TenantOperationKind {
    /** Every member suspended in all three systems; the tenant's admins may read but change nothing. */
    SUSPEND(OperationKind.TENANT_SUSPEND),
    /** The members the suspension suspended are resumed; the tenant is active again. */
    RESUME(OperationKind.TENANT_RESUME),
    /** Lists, aliases, members, then domains are removed; the slug stays reserved for good. */
    OFFBOARDING(OperationKind.TENANT_OFFBOARDING);

    private final OperationKind operation;

    TenantOperationKind(OperationKind operation) {
        this.operation = operation;
    }

    /** The kind its operation reads as ({@code tenant-suspend} …). */
    public OperationKind operation() {
        return operation;
    }
}
