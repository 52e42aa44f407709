package eu.dezky.api.reconcile;

import java.util.List;

/**
 * One object a repair puts right, as the latest reconciliation found it, with what the repair needs to know beyond
 * it: the member's or list's display name, whether the member's account there should stay blocked, a list's
 * recipients, and the vault reference of the member's new one-time password where an account is re-created (never
 * the password itself).
 */
public record RepairItem(String integration, Difference difference, String displayName, boolean suspended,
                         List<String> recipients, String secretRef) {

    public RepairItem {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The step's name in the repair operation, unique per object and field. */
    public String key() {
        return integration + " " + difference.type() + " " + difference.object()
                + (difference.field() == null ? "" : " " + difference.field());
    }
}
