package eu.dezky.api.reconcile;

import java.util.List;

/**
 * One integration's part of a reconciliation: {@code integration} is {@code authentik}, {@code stalwart} or
 * {@code ocis}; {@code reason} is set when the status is {@code ERROR} (the system could not be read) or when the
 * integration is switched off; {@code differences} lists every object that is not {@code OK}.
 */
public record IntegrationReport(String integration, IntegrationStatus status, String reason,
                                List<Difference> differences) {

    public IntegrationReport {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /** OK when nothing differs, DRIFT otherwise; foreign objects alone are reported but are no drift of ours. */
    public static IntegrationReport of(String integration, List<Difference> differences) {
        boolean drift = differences.stream().anyMatch(d -> d.situation() != Situation.FOREIGN
                && d.situation() != Situation.OK);
        return new IntegrationReport(integration, drift ? IntegrationStatus.DRIFT : IntegrationStatus.OK, null,
                differences);
    }

    public static IntegrationReport error(String integration, String reason) {
        return new IntegrationReport(integration, IntegrationStatus.ERROR, reason, List.of());
    }
}
